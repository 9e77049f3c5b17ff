CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;

-- schemaplan-fuzz: to
-- Event triggers on each event, with tags (written in any case and order), in each state, a comment, a quoted name.
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE SCHEMA audit;
CREATE FUNCTION audit.on_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER log_tables ON ddl_command_end WHEN TAG IN ('create table', 'ALTER TABLE') EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER "Log Start" ON ddl_command_start EXECUTE PROCEDURE log_ddl();
ALTER EVENT TRIGGER "Log Start" DISABLE;
CREATE EVENT TRIGGER drops ON sql_drop EXECUTE FUNCTION audit.on_drop();
ALTER EVENT TRIGGER drops ENABLE ALWAYS;
CREATE EVENT TRIGGER rewrites ON table_rewrite EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER rewrites ENABLE REPLICA;
COMMENT ON EVENT TRIGGER log_tables IS 'tells about table changes';
