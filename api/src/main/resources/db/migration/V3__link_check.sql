-- The daily check of each listing's own links (homepage, code of conduct, rules): link rot, shown to moderators.
-- Same SQL on H2 and PostgreSQL.
CREATE TABLE link_check (
    -- slug and field: one row per link of a listing
    id                    VARCHAR(200)             NOT NULL PRIMARY KEY,
    slug                  VARCHAR(80)              NOT NULL REFERENCES program (slug),
    -- homepage | code_of_conduct | rules
    field                 VARCHAR(32)              NOT NULL,
    url                   VARCHAR(2000)            NOT NULL,
    -- ok | gone (404 or 410) | unreachable (no answer: DNS, connection, timeout, other errors) | unchecked
    -- (robots.txt forbids it, or the address is refused): an unreachable host is not "gone"
    state                 VARCHAR(16)              NOT NULL,
    status                INTEGER,
    reason                VARCHAR(64),
    checked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- since when the link has not been ok, for as long as it stays the same URL
    failing_since         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX link_check_state ON link_check (state);
