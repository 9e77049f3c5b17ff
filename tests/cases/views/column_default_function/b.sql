-- The function a view column default calls changes its result type: it is dropped and created again, so the
-- view, whose default holds on to it, is dropped before and created after, with its default.
CREATE TABLE public.t (id integer, label text);
CREATE FUNCTION public.pick() RETURNS character varying LANGUAGE sql AS 'SELECT ''x''::varchar';
CREATE VIEW public.v AS SELECT id, label FROM public.t;
ALTER VIEW public.v ALTER COLUMN label SET DEFAULT public.pick();
