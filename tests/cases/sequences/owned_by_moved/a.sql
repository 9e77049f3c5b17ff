CREATE TABLE orders (id bigserial PRIMARY KEY, note text);
CREATE TABLE archive (id bigint NOT NULL, note text);
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint NOT NULL DEFAULT nextval('ticket_seq'), code text);
ALTER SEQUENCE ticket_seq OWNED BY tickets.id;
