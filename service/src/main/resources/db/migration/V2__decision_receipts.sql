-- A receipt of every decision: what was asked, by whom, under which rule set, and the answer, kept
-- exactly as written (text, not jsonb, so the hash chain is computed over the very bytes stored;
-- reports cast to jsonb). Each receipt holds the hash of the one before: editing or deleting a row
-- breaks the chain from there on.
CREATE TABLE decision_receipt (
    seq              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id      VARCHAR(64)  NOT NULL UNIQUE,
    decision_type    VARCHAR(40)  NOT NULL,
    decided_at       TIMESTAMPTZ  NOT NULL,
    as_of            DATE         NOT NULL,
    rule_set_version VARCHAR(40)  NOT NULL,
    rule_set_sha256  CHAR(64)     NOT NULL,
    client           VARCHAR(200) NOT NULL,
    outcome          VARCHAR(60)  NOT NULL,
    request          TEXT         NOT NULL,
    response         TEXT         NOT NULL,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL
);

CREATE INDEX decision_receipt_type_as_of ON decision_receipt (decision_type, as_of);
CREATE INDEX decision_receipt_decided_at ON decision_receipt (decided_at);

-- The chain's two ends: the last receipt written (so removing the newest is seen too) and the last
-- one purged by retention (so the chain still verifies from the first receipt kept).
CREATE TABLE receipt_chain (
    id                 SMALLINT    PRIMARY KEY CHECK (id = 1),
    head_seq           BIGINT      NOT NULL,
    head_hash          CHAR(64)    NOT NULL,
    written            BIGINT      NOT NULL,
    purged_through_seq BIGINT      NOT NULL,
    purged_hash        CHAR(64)    NOT NULL,
    purged             BIGINT      NOT NULL
);

INSERT INTO receipt_chain VALUES (1, 0, repeat('0', 64), 0, 0, repeat('0', 64), 0);
