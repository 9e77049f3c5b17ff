-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "tax_app_external_id" character varying NULL;
