-- roundtrip: any order
CREATE TABLE public.tickets (
  id integer PRIMARY KEY,
  ref text NOT NULL DEFAULT util.new_ref('T'),
  status public.ticket_status NOT NULL DEFAULT 'open'
);
CREATE SCHEMA util;
CREATE TYPE public.ticket_status AS ENUM ('open', 'closed');
CREATE FUNCTION util.new_ref(prefix text) RETURNS text LANGUAGE sql VOLATILE
  AS $$SELECT prefix || '-' || (random() * 1000000)::integer$$;
CREATE FUNCTION public.is_open(s public.ticket_status) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
  RETURN s = 'open';
CREATE INDEX tickets_open ON public.tickets (id) WHERE public.is_open(status);
