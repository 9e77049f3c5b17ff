-- Rules 6 and 7 with dependents: a rewriting type change (expand/contract) and a declared rename
-- (expand/contract) of columns that a view (and a view over it) reads and a trigger is declared UPDATE OF.
CREATE TABLE accounts (
  id integer PRIMARY KEY,
  balance integer NOT NULL,
  note text
);
CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 100;
CREATE VIEW rich_ids AS SELECT id FROM rich;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'changed'; RETURN NEW; END $$;
CREATE TRIGGER accounts_balance_touch BEFORE UPDATE OF balance ON accounts
  FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION touch();

CREATE TABLE people (
  id integer PRIMARY KEY,
  mail text,
  note text
);
CREATE VIEW mailing AS SELECT id, mail FROM people WHERE mail IS NOT NULL;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'mail changed'; RETURN NEW; END $$;
CREATE TRIGGER people_mail_stamp BEFORE UPDATE OF mail ON people FOR EACH ROW EXECUTE FUNCTION stamp();

-- schemaplan-fuzz: to
CREATE TABLE accounts (
  id integer PRIMARY KEY,
  balance bigint NOT NULL,
  note text
);
CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 100;
CREATE VIEW rich_ids AS SELECT id FROM rich;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'changed'; RETURN NEW; END $$;
CREATE TRIGGER accounts_balance_touch BEFORE UPDATE OF balance ON accounts
  FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION touch();

CREATE TABLE people (
  id integer PRIMARY KEY,
  email text, -- schemaplan:renamed-from mail
  note text
);
CREATE VIEW mailing AS SELECT id, email FROM people WHERE email IS NOT NULL;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'mail changed'; RETURN NEW; END $$;
CREATE TRIGGER people_mail_stamp BEFORE UPDATE OF email ON people FOR EACH ROW EXECUTE FUNCTION stamp();
