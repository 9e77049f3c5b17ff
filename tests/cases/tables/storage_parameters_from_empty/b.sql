-- Tables with storage parameters created from nothing, as pg_dump writes them (values quoted or not).
CREATE TABLE public.events (
    id bigint NOT NULL,
    payload jsonb
)
WITH (autovacuum_vacuum_scale_factor='0.1', autovacuum_analyze_scale_factor='0.05', toast.autovacuum_enabled='false');
CREATE UNLOGGED TABLE public.rate_limits (
    key character varying NOT NULL,
    hits integer NOT NULL
)
WITH (fillfactor='50');
