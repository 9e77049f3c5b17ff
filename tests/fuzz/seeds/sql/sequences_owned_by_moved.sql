CREATE TABLE orders (id bigserial PRIMARY KEY, note text);
CREATE TABLE archive (id bigint NOT NULL, note text);
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint NOT NULL DEFAULT nextval('ticket_seq'), code text);
ALTER SEQUENCE ticket_seq OWNED BY tickets.id;

-- schemaplan-fuzz: to
-- sequences moved to be owned by a column of another table (the defaults move with them), one owned no more
CREATE TABLE orders (id bigint NOT NULL PRIMARY KEY, note text);
CREATE SEQUENCE orders_id_seq;
CREATE TABLE archive (id bigint NOT NULL DEFAULT nextval('orders_id_seq'), note text);
ALTER SEQUENCE orders_id_seq OWNED BY archive.id;
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint NOT NULL DEFAULT nextval('ticket_seq'), code text);
ALTER SEQUENCE public.ticket_seq OWNED BY public.orders.note;
ALTER TABLE ONLY tickets ALTER COLUMN id SET DEFAULT nextval('public.ticket_seq'::regclass);
