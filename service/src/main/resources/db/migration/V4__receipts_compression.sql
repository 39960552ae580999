-- A receipt's request and answer are compressed only where compressing is cheap. PostgreSQL's own
-- method (pglz) was about a third of the database's work for each receipt (20,000 adult receipts
-- copied in 1.56 s, 0.86 s with them uncompressed), on the cores the decisions run on. lz4 where the
-- server has it (PostgreSQL 14 or later built with it, as Debian's and most distributions' are);
-- otherwise, as with the embedded server's binaries, they are kept uncompressed (about twice the
-- disk). Only rows written from now on are affected; the text, and so the chain, is the same.
DO $$
BEGIN
  EXECUTE 'ALTER TABLE decision_receipt ALTER COLUMN request SET COMPRESSION lz4, ALTER COLUMN response SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR syntax_error THEN
  ALTER TABLE decision_receipt ALTER COLUMN request SET STORAGE EXTERNAL, ALTER COLUMN response SET STORAGE EXTERNAL;
END $$;
