CREATE SCHEMA ops;
CREATE TABLE ops.log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
CREATE PROCEDURE ops.write_log(IN note text, INOUT n integer DEFAULT NULL)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = ops, pg_temp
  AS $$
BEGIN
  INSERT INTO ops.log (note) VALUES (note);
  SELECT count(*) INTO n FROM ops.log;
END
$$;
CREATE PROCEDURE ops.noop() BEGIN ATOMIC SELECT 1; END;
COMMENT ON PROCEDURE ops.write_log(text, integer) IS 'writes a line';
