-- An IN list over a varchar column in a rule's condition: PostgreSQL prints it in a form that loads back as
-- another (docs/design.md, "What a database holds must load again"); the database and its dump compare equal.
CREATE TABLE public.tickets (id integer, code varchar(5));
CREATE TABLE public.ticket_log (id integer);
CREATE RULE tickets_log AS ON INSERT TO tickets WHERE NEW.code IN ('a', 'b') DO ALSO INSERT INTO ticket_log VALUES (NEW.id);
