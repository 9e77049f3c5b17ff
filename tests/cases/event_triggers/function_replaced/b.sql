-- The trigger's function gets a new body, which CREATE OR REPLACE gives it in place: the event trigger stays.
CREATE SCHEMA ops;
CREATE FUNCTION ops.log_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RAISE NOTICE 'x'; END $$;
CREATE EVENT TRIGGER a ON ddl_command_end EXECUTE FUNCTION ops.log_ddl();
