CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();
CREATE TABLE public.metrics (at date NOT NULL, value integer) PARTITION BY RANGE (at);
CREATE TABLE public.metrics_2024 PARTITION OF public.metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
