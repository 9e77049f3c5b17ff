-- A view made writable by rules: inserts go to the table, deletes deactivate.
CREATE TABLE public.accounts (id integer PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW public.active_accounts AS SELECT id, email FROM accounts WHERE active;
CREATE RULE active_accounts_insert AS ON INSERT TO active_accounts
  DO INSTEAD INSERT INTO accounts (id, email) VALUES (NEW.id, NEW.email);
CREATE RULE active_accounts_delete AS ON DELETE TO active_accounts
  DO INSTEAD UPDATE accounts SET active = false WHERE accounts.id = OLD.id;
