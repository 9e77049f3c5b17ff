-- A view dropped with the table it reads; a `SELECT *` view whose table loses a column (the view's columns
-- change: dropped before the column goes, created after); a view that becomes a materialized view.
CREATE TABLE legacy (id integer PRIMARY KEY);
CREATE VIEW legacy_ids AS SELECT id FROM legacy;
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, old_flag boolean);
CREATE VIEW all_accounts AS SELECT * FROM accounts;
CREATE VIEW account_count AS SELECT count(*) AS n FROM accounts;
