-- wrk script for bench/search.sh: the issue's query, each request with a profile drawn at random (age, country,
-- hours per week: 60 x 20 x 8 = 9,600 combinations), as people asking with their own profiles would send it.
-- Almost every request is then a search no kept answer serves. The URL given to wrk is the query without those
-- three parameters.
math.randomseed(4)
local countries = { "IN", "US", "DE", "BR", "NG", "KE", "PH", "ID", "FR", "GB",
                    "CA", "MX", "PK", "BD", "EG", "ZA", "CN", "JP", "PL", "ES" }

request = function()
  local path = wrk.path .. "&age=" .. math.random(16, 75) .. "&country=" .. countries[math.random(#countries)]
      .. "&hours=" .. 5 * math.random(1, 8)
  return wrk.format("GET", path)
end
