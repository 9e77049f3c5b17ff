-- Keys added the way hand-written migrations add them online: a unique index first, then the constraint USING
-- INDEX (renamed after the constraint, or naming it), with INCLUDE, NULLS NOT DISTINCT and DEFERRABLE from the
-- constraint.
CREATE TABLE accounts (id integer NOT NULL, email text, region text, note text);
CREATE UNIQUE INDEX CONCURRENTLY accounts_id_idx ON accounts (id);
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;
CREATE UNIQUE INDEX accounts_email_region ON accounts (email, region) INCLUDE (note) NULLS NOT DISTINCT;
ALTER TABLE accounts ADD UNIQUE USING INDEX accounts_email_region DEFERRABLE INITIALLY DEFERRED;
CREATE UNIQUE INDEX accounts_note_idx ON accounts (note);
ALTER TABLE ONLY accounts ADD CONSTRAINT accounts_note_key UNIQUE USING INDEX accounts_note_idx;
COMMENT ON CONSTRAINT accounts_note_key ON accounts IS 'one note per account';
