CREATE TABLE public.events (id integer, kind text, at timestamptz);
CREATE STATISTICS events_day ON (date_trunc('day', at)) FROM events;
