// Suggestions as you type, for browsers with JavaScript: the search box works the same without it.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) {
        return;
      }
      last = q;
      fetch('/api/v1/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }
          items.forEach(function (item) {
            var option = document.createElement('option');
            option.value = item.text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a convenience: search still works */ });
    }, 120);
  });
})();
