CREATE TABLE public.accounts (id integer PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW public.active_accounts AS SELECT id, email FROM accounts WHERE active;
