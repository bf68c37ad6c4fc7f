-- Staff accounts (issue 6). Passwords are PBKDF2 hashes (PasswordHasher); demo accounts are
-- flagged so that a server started without --demo on the same data removes them.
CREATE TABLE staff_account (
    username       VARCHAR(64)  PRIMARY KEY,
    role           VARCHAR(16)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed sign-ins per user name (existing or not, so the answer never tells which), kept in
-- the store so that the count and the lock hold across the nodes of a cluster.
CREATE TABLE staff_login_throttle (
    username         VARCHAR(64) PRIMARY KEY,
    failures         INT         NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);
