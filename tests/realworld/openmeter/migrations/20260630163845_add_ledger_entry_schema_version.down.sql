-- reverse: modify "ledger_entries" table
ALTER TABLE "ledger_entries" DROP COLUMN "schema_version";
