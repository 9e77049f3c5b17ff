-- roundtrip: any order
COMMENT ON TRIGGER stamp ON app.events IS 'stamps rows';
ALTER TABLE app.events DISABLE TRIGGER audit;
CREATE TRIGGER audit AFTER INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.audit_row();
CREATE TRIGGER stamp BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.stamp();
CREATE FUNCTION app.audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO app.event_log (event_id, kind) VALUES (NEW.id, app.kind_of(NEW.kind)); RETURN NULL; END
$$;
CREATE FUNCTION app.stamp() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN NEW.at := now(); RETURN NEW; END';
CREATE FUNCTION app.kind_of(k app.event_kind) RETURNS text LANGUAGE sql IMMUTABLE RETURN k::text;
CREATE TABLE app.event_log (event_id bigint REFERENCES app.events, kind text);
CREATE TABLE app.events (id bigint PRIMARY KEY, kind app.event_kind NOT NULL, at timestamptz);
CREATE TYPE app.event_kind AS ENUM ('a', 'b');
CREATE SCHEMA app;
