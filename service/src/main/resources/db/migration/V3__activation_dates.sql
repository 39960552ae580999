-- A practice lead may choose, when activating a staged version, another date for it to decide from
-- than the one it was staged with. rule_set_version.effective_from then holds the chosen date (the
-- one every replica and a restart decide from); each event keeps the date as that step left it, so
-- the staged date and the activation's date both stay recorded. Workbooks and sha256 are untouched.
ALTER TABLE rule_set_event ADD COLUMN effective_from DATE;

-- Until now a version's date never changed after staging: every earlier step was taken with it.
UPDATE rule_set_event e SET effective_from = v.effective_from
  FROM rule_set_version v
 WHERE e.version = v.version AND e.action IN ('STAGED', 'ACTIVATED', 'PUBLISHED', 'IMPORTED');
