-- pgcrypto provides the default of a new column: the extension must exist before the column.
CREATE TABLE api_keys (id bigint PRIMARY KEY, label text NOT NULL);
