CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE VIEW all_accounts AS SELECT * FROM accounts;
CREATE MATERIALIZED VIEW account_count AS SELECT count(*) AS n FROM accounts;
