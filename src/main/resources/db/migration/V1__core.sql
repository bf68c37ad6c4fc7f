-- Yeyak core schema: regions, clinics, campaigns, stock, bookings, idempotency, audit.
-- Runs unchanged on H2 (MODE=PostgreSQL) and on PostgreSQL: only portable types
-- (VARCHAR, INT, BIGINT, BOOLEAN, DATE, TIMESTAMP WITH TIME ZONE) and plain constraints.

-- Provinces (시도), keyed by their two-digit administrative code ('11' Seoul ... '50' Jeju).
CREATE TABLE regions (
    code        VARCHAR(8)   PRIMARY KEY,
    name_ko     VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(64)  NOT NULL,
    population  BIGINT       NOT NULL
);

CREATE TABLE clinics (
    id              VARCHAR(40)  PRIMARY KEY,
    region          VARCHAR(8)   NOT NULL REFERENCES regions (code),
    name            VARCHAR(200) NOT NULL,
    address         VARCHAR(400) NOT NULL,
    -- NULL: the clinic gives whatever vaccine the campaign uses.
    vaccine         VARCHAR(64),
    -- Doses the clinic can give on one vaccination day (the allocator never exceeds it).
    daily_capacity  INT          NOT NULL CHECK (daily_capacity >= 0),
    active          BOOLEAN      NOT NULL
);
CREATE INDEX clinics_by_region ON clinics (region, name);

-- A campaign: cohort, explicit digit -> booking-date map, windows, catch-up, open period,
-- vaccination dates. Lists and maps are JSON text (read and written by CampaignStore only).
CREATE TABLE campaigns (
    id                           VARCHAR(64)   PRIMARY KEY,
    name                         VARCHAR(200)  NOT NULL,
    born_from                    DATE          NOT NULL,
    born_to                      DATE          NOT NULL,
    digit_dates                  VARCHAR(4000) NOT NULL,
    zone                         VARCHAR(64)   NOT NULL,
    opens_at                     VARCHAR(8)    NOT NULL,
    closes_at                    VARCHAR(8)    NOT NULL,
    catch_up                     VARCHAR(16000) NOT NULL,
    open_from                    DATE,
    open_to                      DATE,
    vaccination_from             DATE          NOT NULL,
    vaccination_to               DATE          NOT NULL,
    vaccine                      VARCHAR(64)   NOT NULL,
    vial_size                    INT           NOT NULL CHECK (vial_size > 0),
    assisted_follows_digit_days  BOOLEAN       NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Doses per (campaign, clinic, vaccination date, tranche). One row each, so bookings at
-- different clinics or dates never wait on one another's row lock. A tranche is a booking
-- day's share ('D0'..'D9', by birth digit) or 'CATCHUP'.
CREATE TABLE stock (
    campaign_id       VARCHAR(64) NOT NULL REFERENCES campaigns (id),
    clinic_id         VARCHAR(40) NOT NULL REFERENCES clinics (id),
    vaccination_date  DATE        NOT NULL,
    tranche           VARCHAR(16) NOT NULL,
    allocated         INT         NOT NULL CHECK (allocated >= 0),
    remaining         INT         NOT NULL CHECK (remaining >= 0),
    PRIMARY KEY (campaign_id, clinic_id, vaccination_date, tranche)
);
CREATE INDEX stock_by_clinic ON stock (clinic_id, campaign_id);

-- One active booking per person and campaign: `active` is TRUE while the booking stands and
-- NULL once cancelled; NULLs are distinct in a UNIQUE constraint on both databases, so any
-- number of cancelled bookings may sit beside the one active booking.
-- `admission_id` is UNIQUE: an admission token buys at most one booking (single use).
CREATE TABLE bookings (
    id                VARCHAR(40)  PRIMARY KEY,
    campaign_id       VARCHAR(64)  NOT NULL REFERENCES campaigns (id),
    person_key        VARCHAR(64)  NOT NULL,
    clinic_id         VARCHAR(40)  NOT NULL REFERENCES clinics (id),
    vaccination_date  DATE         NOT NULL,
    tranche           VARCHAR(16)  NOT NULL,
    vaccine           VARCHAR(64)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    active            BOOLEAN,
    channel           VARCHAR(16)  NOT NULL,
    actor             VARCHAR(128) NOT NULL,
    admission_id      VARCHAR(128),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT bookings_one_active UNIQUE (campaign_id, person_key, active),
    CONSTRAINT bookings_admission_once UNIQUE (admission_id),
    CONSTRAINT bookings_active_is_true CHECK (active IS NULL OR active = TRUE)
);
CREATE INDEX bookings_by_person ON bookings (person_key);
CREATE INDEX bookings_by_clinic_date ON bookings (clinic_id, vaccination_date);

-- Idempotency-Key records: a replay of the same key by the same person with the same body
-- gets the stored response; with another body, 422.
CREATE TABLE idempotency_keys (
    person_key    VARCHAR(64)   NOT NULL,
    idem_key      VARCHAR(200)  NOT NULL,
    session_id    VARCHAR(200)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INT           NOT NULL,
    response      VARCHAR(16000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_key, idem_key)
);

-- Append-only audit trail, hash-chained: hash = SHA-256(prev_hash + canonical event).
-- audit_head (one row) holds the last sequence number and hash; every append updates it,
-- which serializes appends across transactions and nodes.
CREATE TABLE audit_events (
    seq        BIGINT        PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(128)  NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    subject    VARCHAR(200),
    detail     VARCHAR(16000) NOT NULL,
    prev_hash  VARCHAR(64)   NOT NULL,
    hash       VARCHAR(64)   NOT NULL
);

CREATE TABLE audit_head (
    id    INT          PRIMARY KEY CHECK (id = 1),
    seq   BIGINT       NOT NULL,
    hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
