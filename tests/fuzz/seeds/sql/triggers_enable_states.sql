CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE TABLE public.p (id integer, v integer) PARTITION BY RANGE (id);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (100);
CREATE VIEW public.tv AS SELECT id, v FROM public.t;
CREATE TRIGGER t_o BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_d BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_r BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_a BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_gone BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.t DISABLE TRIGGER t_d, ENABLE REPLICA TRIGGER t_r, ENABLE ALWAYS TRIGGER t_a, DISABLE TRIGGER t_gone;
CREATE TRIGGER p_o AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_d AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_r AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_a AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.p DISABLE TRIGGER p_d;
ALTER TABLE public.p ENABLE REPLICA TRIGGER p_r;
ALTER TABLE public.p ENABLE ALWAYS TRIGGER p_a;
CREATE TRIGGER tv_insert INSTEAD OF INSERT ON public.tv FOR EACH ROW EXECUTE FUNCTION public.noop();

-- schemaplan-fuzz: to
-- Every trigger state (enabled, disabled, replica, always) turns into the next, in place, on a table and on a
-- partitioned table (whose partitions' clones follow, also the partition attached here). New triggers come
-- disabled or always, one goes. The view's INSTEAD OF trigger (always enabled: PostgreSQL cannot disable a
-- view's triggers) is recreated with its view.
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE TABLE public.p (id integer, v integer) PARTITION BY RANGE (id);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (0) TO (100);
CREATE TABLE public.p2 PARTITION OF public.p FOR VALUES FROM (100) TO (200);
CREATE VIEW public.tv AS SELECT id FROM public.t;
CREATE TRIGGER t_o BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_d BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_r BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_a BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER t_new BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.t DISABLE TRIGGER t_o;
ALTER TABLE public.t ENABLE REPLICA TRIGGER t_d;
ALTER TABLE public.t ENABLE ALWAYS TRIGGER t_r;
ALTER TABLE public.t ENABLE TRIGGER t_a;
ALTER TABLE public.t ENABLE ALWAYS TRIGGER t_new;
CREATE TRIGGER p_o AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_d AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_r AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_a AFTER INSERT ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER p_new AFTER UPDATE ON public.p FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.p DISABLE TRIGGER p_o, ENABLE REPLICA TRIGGER p_d, ENABLE ALWAYS TRIGGER p_r, ENABLE TRIGGER p_a;
ALTER TABLE public.p DISABLE TRIGGER p_new;
CREATE TRIGGER tv_insert INSTEAD OF INSERT ON public.tv FOR EACH ROW EXECUTE FUNCTION public.noop();
