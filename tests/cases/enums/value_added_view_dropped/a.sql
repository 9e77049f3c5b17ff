-- A value added to an enum while a view reading a column of it is dropped (langfuse's observations_view):
-- down.sql swaps the type back to remove the value, so it must create the view again only after the swap.
CREATE TYPE observation_type AS ENUM ('SPAN', 'EVENT', 'GENERATION');
CREATE TABLE observations (id bigint PRIMARY KEY, type observation_type NOT NULL, name text);
CREATE VIEW observations_view AS SELECT id, type, name FROM observations WHERE type <> 'EVENT';
