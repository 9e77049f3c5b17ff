-- serial / bigserial / smallserial columns: a new table, a new column on a table holding rows, one dropped.
CREATE TABLE customers (name text NOT NULL, old_no serial);
