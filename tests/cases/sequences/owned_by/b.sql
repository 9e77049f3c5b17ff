CREATE TABLE invoices (id bigint NOT NULL, legacy_no bigint);
CREATE SEQUENCE invoices_id_seq OWNED BY invoices.id;
CREATE SEQUENCE legacy_no_seq;
ALTER TABLE invoices ALTER COLUMN id SET DEFAULT nextval('invoices_id_seq');
