-- Expression statistics (PostgreSQL 14+): one changed, one added with columns and expressions mixed.
CREATE TABLE public.events (id integer, kind text, at timestamptz);
CREATE STATISTICS events_day ON (date_trunc('hour', at)) FROM events;
CREATE STATISTICS events_kind (mcv) ON lower(kind), id, (id + 1) FROM events;
