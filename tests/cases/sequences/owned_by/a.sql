-- OWNED BY set on one sequence and removed from another; the column defaults use them.
CREATE TABLE invoices (id bigint NOT NULL, legacy_no bigint);
CREATE SEQUENCE invoices_id_seq;
CREATE SEQUENCE legacy_no_seq OWNED BY invoices.legacy_no;
ALTER TABLE invoices ALTER COLUMN id SET DEFAULT nextval('invoices_id_seq');
