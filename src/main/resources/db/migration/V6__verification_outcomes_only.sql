-- A verification in progress is no longer stored: its id carries it, encrypted
-- (VerificationIds), so starting one writes nothing. Only outcomes are stored: a success is
-- the person's row naming the verification that gave the session, a failure a row below.
-- Verifications in progress while a node is upgraded are forgotten: their polls answer
-- 404 and the citizen verifies again.
ALTER TABLE front_person ADD COLUMN verification_id VARCHAR(40);

CREATE TABLE front_verification_failure (
    verification_id VARCHAR(40) PRIMARY KEY,
    code            VARCHAR(32) NOT NULL,
    created_ms      BIGINT      NOT NULL
);

DROP TABLE front_verification;
