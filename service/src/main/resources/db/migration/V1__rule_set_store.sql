-- The rule-set store: every version staged, its workbooks with the sha256 recorded when stored,
-- and every step taken (staged, approved, activated) with who and when.

CREATE TABLE rule_set_version (
    version         VARCHAR(40)  PRIMARY KEY,
    effective_from  DATE         NOT NULL,
    rule_set_sha256 CHAR(64)     NOT NULL,
    published       BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at    TIMESTAMPTZ
);

CREATE TABLE rule_set_workbook (
    version VARCHAR(40)  NOT NULL REFERENCES rule_set_version (version) ON DELETE CASCADE,
    name    VARCHAR(200) NOT NULL,
    content BYTEA        NOT NULL,
    sha256  CHAR(64)     NOT NULL,
    PRIMARY KEY (version, name)
);

-- Rows are only added. seq orders every change; a replica polls max(seq) to learn of new ones.
-- No foreign key: what was done to a version stays recorded after retention removes its workbooks.
CREATE TABLE rule_set_event (
    seq     BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version VARCHAR(40)  NOT NULL,
    action  VARCHAR(20)  NOT NULL CHECK (action IN ('STAGED', 'APPROVED', 'ACTIVATED', 'PUBLISHED', 'IMPORTED')),
    actor   VARCHAR(200) NOT NULL,
    at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX rule_set_event_version ON rule_set_event (version);

-- A store folder of an earlier release (var/rulesets), imported once on the first start against this database.
CREATE TABLE rule_set_folder_import (
    folder      TEXT        PRIMARY KEY,
    versions    INT         NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);
