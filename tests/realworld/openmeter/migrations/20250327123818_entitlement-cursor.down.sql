-- reverse: create index "entitlement_created_at_id" to table: "entitlements"
DROP INDEX "entitlement_created_at_id";
