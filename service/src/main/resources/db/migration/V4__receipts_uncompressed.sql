-- Each receipt's request and answer are kept out of line and not compressed. PostgreSQL's default
-- compression (pglz) was about half of the database's work per receipt: 30,000 receipts took 2.1 s
-- to COPY compressed and 1.1 s uncompressed, on a machine where the database shares the service's
-- cores. The cost is room: about 6.0 KB a receipt instead of 2.8 KB (BENCHMARKS.md, "Receipts").
-- Rows written before this migration stay as they were; both kinds read the same.
ALTER TABLE decision_receipt
    ALTER COLUMN request SET STORAGE EXTERNAL,
    ALTER COLUMN response SET STORAGE EXTERNAL;
