-- State that every instance behind a load balancer must share, so that a request may reach any of them.
-- Same SQL on H2 and PostgreSQL.

-- Secrets the instances sign with (CSRF tokens): made by whichever instance starts first, never in the repository.
CREATE TABLE server_secret (
    name        VARCHAR(64)              NOT NULL PRIMARY KEY,
    secret      VARCHAR(128)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Fixed-window counters of public writes and logins, per bucket and client ("submit:203.0.113.9").
CREATE TABLE rate_limit (
    id            VARCHAR(300)             NOT NULL PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    hits          INTEGER                  NOT NULL
);

-- One row that every transaction writing programs locks first: writers take turns, so the identities of
-- program_revision commit in increasing order and an instance can follow the change log by "id greater than".
CREATE TABLE change_head (
    id        INTEGER NOT NULL PRIMARY KEY,
    writes    BIGINT  NOT NULL
);
INSERT INTO change_head (id, writes) VALUES (1, 0);
