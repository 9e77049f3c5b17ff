CREATE FUNCTION public.next_code() RETURNS bigint LANGUAGE sql VOLATILE AS 'SELECT 42::bigint';
CREATE FUNCTION public.valid_code(code integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT code > 0';
CREATE TABLE public.items (
  id integer PRIMARY KEY,
  code integer NOT NULL DEFAULT public.next_code(),
  CONSTRAINT items_code_check CHECK (public.valid_code(code))
);
