CREATE TABLE public.items (id integer PRIMARY KEY, name text, price integer);
CREATE FUNCTION public.route_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.items VALUES (NEW.id, NEW.name, NEW.price);
  RETURN NEW;
END
$$;
CREATE FUNCTION public.ignore() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION public.old_hook() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE VIEW public.cheap AS SELECT id, name, price FROM public.items WHERE price < 10;
CREATE VIEW public.names AS SELECT id, name FROM public.items;
CREATE VIEW public.old_view AS SELECT id FROM public.items;
CREATE TRIGGER cheap_insert INSTEAD OF INSERT ON public.cheap FOR EACH ROW EXECUTE FUNCTION public.route_insert();
CREATE TRIGGER names_stmt AFTER UPDATE ON public.names FOR EACH STATEMENT EXECUTE FUNCTION public.ignore();
CREATE TRIGGER names_delete INSTEAD OF DELETE ON public.names FOR EACH ROW EXECUTE FUNCTION public.ignore();
CREATE TRIGGER old_view_hook INSTEAD OF UPDATE ON public.old_view FOR EACH ROW EXECUTE FUNCTION public.old_hook();
COMMENT ON TRIGGER cheap_insert ON public.cheap IS 'routes inserts to items';
