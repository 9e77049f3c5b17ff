-- reverse: create index "organizationdefaulttaxcodes_namespace" to table: "organization_default_tax_codes"
DROP INDEX "organizationdefaulttaxcodes_namespace";
-- reverse: create index "organizationdefaulttaxcodes_id" to table: "organization_default_tax_codes"
DROP INDEX "organizationdefaulttaxcodes_id";
-- reverse: create "organization_default_tax_codes" table
DROP TABLE "organization_default_tax_codes";
