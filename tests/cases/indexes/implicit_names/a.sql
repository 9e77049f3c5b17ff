-- Indexes written without a name get PostgreSQL's generated name (table_column_idx, ..._idx1 on collision).
CREATE TABLE logs (id integer PRIMARY KEY, level text, message text);
