-- reverse: create index "meter_namespace_key" to table: "meters"
DROP INDEX "meter_namespace_key";
