CREATE TYPE ticket_state AS ENUM ('open', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'open', title text);
CREATE VIEW open_tickets AS SELECT id, state, title FROM tickets WHERE state = 'open';
CREATE VIEW closed_ticket_ids AS SELECT id FROM tickets WHERE state = 'closed'::ticket_state;
