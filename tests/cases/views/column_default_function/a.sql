CREATE TABLE public.t (id integer, label text);
CREATE FUNCTION public.pick() RETURNS text LANGUAGE sql AS 'SELECT ''x''';
CREATE VIEW public.v AS SELECT id, label FROM public.t;
ALTER VIEW public.v ALTER COLUMN label SET DEFAULT public.pick();
