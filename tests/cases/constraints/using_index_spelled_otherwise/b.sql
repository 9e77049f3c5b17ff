-- The keys of a.sql added USING INDEX: the same schema, no change.
CREATE TABLE accounts (id integer NOT NULL, email text, region text, note text);
CREATE UNIQUE INDEX accounts_id_idx ON accounts (id);
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
CREATE UNIQUE INDEX accounts_email_region ON accounts USING btree (email ASC, region NULLS LAST) INCLUDE (note) NULLS NOT DISTINCT;
ALTER TABLE accounts ADD UNIQUE USING INDEX accounts_email_region;
CREATE UNIQUE INDEX accounts_note_key ON accounts (note);
ALTER TABLE accounts ADD UNIQUE USING INDEX accounts_note_key DEFERRABLE INITIALLY IMMEDIATE;
