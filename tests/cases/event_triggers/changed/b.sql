-- New tags, a new state (recreated), a new comment (in place).
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER a ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER b ON ddl_command_end EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER b DISABLE;
CREATE EVENT TRIGGER c ON ddl_command_end EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER c IS 'new';
