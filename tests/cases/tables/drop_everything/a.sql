-- Everything goes: the desired schema is empty.
CREATE SCHEMA app;
CREATE EXTENSION pg_trgm;
CREATE TYPE app.status AS ENUM ('open', 'closed');
CREATE TABLE app.tickets (
  id serial PRIMARY KEY,
  title text NOT NULL,
  status app.status NOT NULL DEFAULT 'open',
  parent_id integer REFERENCES app.tickets (id)
);
CREATE INDEX tickets_title_trgm_idx ON app.tickets USING gin (title gin_trgm_ops);
CREATE TABLE notes (id bigint PRIMARY KEY, ticket_id integer NOT NULL REFERENCES app.tickets (id));
COMMENT ON COLUMN notes.ticket_id IS 'the ticket';
