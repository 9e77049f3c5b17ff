CREATE FUNCTION public.next_code() RETURNS integer LANGUAGE sql VOLATILE AS 'SELECT 42';
CREATE FUNCTION public.valid_code(c integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT c > 0';
CREATE TABLE public.items (
  id integer PRIMARY KEY,
  code integer NOT NULL DEFAULT public.next_code(),
  CONSTRAINT items_code_check CHECK (public.valid_code(code))
);
