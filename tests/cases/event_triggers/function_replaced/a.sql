CREATE SCHEMA ops;
CREATE FUNCTION ops.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER a ON ddl_command_end EXECUTE FUNCTION ops.log_ddl();
