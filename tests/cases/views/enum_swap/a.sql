-- The enum loses a value: the type is rebuilt and its columns retyped, which the views reading the column
-- (and the one casting to the type) must not be in the way of.
CREATE TYPE ticket_state AS ENUM ('open', 'waiting', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'open', title text);
CREATE VIEW open_tickets AS SELECT id, state, title FROM tickets WHERE state = 'open';
CREATE VIEW closed_ticket_ids AS SELECT id FROM tickets WHERE state = 'closed'::ticket_state;
