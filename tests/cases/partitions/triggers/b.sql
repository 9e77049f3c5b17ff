-- events keeps its trigger and gains partitions (each gets the trigger's clone from PostgreSQL); metrics gains
-- a trigger, cloned onto its partition, and a statement trigger that is not cloned; a trigger defined on one
-- partition directly is its own.
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();
CREATE TABLE public.metrics (at date NOT NULL, value integer) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER metrics_stamp BEFORE INSERT OR UPDATE ON public.metrics FOR EACH ROW EXECUTE FUNCTION public.stamp();
CREATE TRIGGER metrics_once AFTER INSERT ON public.metrics FOR EACH STATEMENT EXECUTE FUNCTION public.stamp();
CREATE TRIGGER metrics_2024_own AFTER DELETE ON public.metrics_2024 FOR EACH ROW EXECUTE FUNCTION public.stamp();
