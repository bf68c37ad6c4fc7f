-- The citizen front door: identity providers, verifications, first-device locks,
-- the waiting room's counters and tickets. Times are epoch milliseconds (UTC) read
-- from the server clock, so that H2 and PostgreSQL store them alike.

-- An official's switch and the (simulated) settings of each identity provider, shared by every node.
CREATE TABLE front_provider (
    provider_id      VARCHAR(16)  PRIMARY KEY,
    enabled          BOOLEAN      NOT NULL,
    service_time_ms  BIGINT       NOT NULL,
    capacity         INTEGER      NOT NULL,
    failure_rate     DOUBLE PRECISION NOT NULL,
    updated_ms       BIGINT       NOT NULL
);

-- One row per person (keyed hash of the resident id): who holds the live session
-- (first device wins) and when the last verification completed (rate limit).
CREATE TABLE front_person (
    person_key         VARCHAR(64) PRIMARY KEY,
    device_id          VARCHAR(64),
    session_id         VARCHAR(40),
    session_expires_ms BIGINT,
    last_verified_ms   BIGINT
);

-- Verifications in progress or done; polled by id from any node.
CREATE TABLE front_verification (
    verification_id    VARCHAR(40) PRIMARY KEY,
    person_key         VARCHAR(64) NOT NULL,
    device_id          VARCHAR(64) NOT NULL,
    provider_id        VARCHAR(16) NOT NULL,
    status             VARCHAR(12) NOT NULL,
    failure_code       VARCHAR(32),
    birth_date         DATE        NOT NULL,
    masked_name        VARCHAR(64) NOT NULL,
    session_id         VARCHAR(40),
    session_expires_ms BIGINT,
    created_ms         BIGINT      NOT NULL,
    deadline_ms        BIGINT      NOT NULL
);
CREATE INDEX front_verification_created ON front_verification (created_ms);

-- The waiting room of one campaign: the two counters every node shares, the measured
-- admission rate (for wait estimates), the controller's lease, and the earliest opening
-- instant that still has pre-queue tickets to place.
CREATE TABLE front_queue (
    campaign_id       VARCHAR(64) PRIMARY KEY,
    last_issued       BIGINT      NOT NULL,
    serving           BIGINT      NOT NULL,
    admit_rate        DOUBLE PRECISION NOT NULL,
    ticked_ms         BIGINT      NOT NULL,
    prequeue_opens_ms BIGINT
);

-- One ticket per person and campaign (replaced by a fresh one once it expired or was used).
-- position is null for a pre-queue ticket until its window opens (opens_ms).
CREATE TABLE front_ticket (
    person_key          VARCHAR(64) NOT NULL,
    campaign_id         VARCHAR(64) NOT NULL,
    ticket_id           VARCHAR(40) NOT NULL,
    position            BIGINT,
    opens_ms            BIGINT,
    status              VARCHAR(12) NOT NULL,
    issued_ms           BIGINT      NOT NULL,
    admitted_ms         BIGINT,
    admission_expires_ms BIGINT,
    used_ms             BIGINT,
    PRIMARY KEY (person_key, campaign_id),
    CONSTRAINT front_ticket_id UNIQUE (ticket_id)
);
CREATE INDEX front_ticket_position ON front_ticket (campaign_id, position);
CREATE INDEX front_ticket_status ON front_ticket (campaign_id, status);
CREATE INDEX front_ticket_prequeue ON front_ticket (campaign_id, opens_ms);
