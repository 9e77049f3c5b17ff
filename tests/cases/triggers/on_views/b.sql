-- Triggers on views, written before what they are on. items.price changes type: cheap is recreated around it
-- and takes its INSTEAD OF trigger (and the trigger's comment) along. names loses a column, so it is
-- recreated too, with its statement trigger; its row trigger changes from DELETE to UPDATE. old_view goes with
-- its trigger and function; expensive comes with a new function and trigger.
-- roundtrip: any order
CREATE TRIGGER expensive_insert INSTEAD OF INSERT ON public.expensive FOR EACH ROW EXECUTE FUNCTION public.route_expensive();
CREATE TRIGGER names_stmt AFTER UPDATE ON public.names FOR EACH STATEMENT EXECUTE FUNCTION public.ignore();
CREATE TRIGGER names_update INSTEAD OF UPDATE ON public.names FOR EACH ROW EXECUTE FUNCTION public.ignore();
CREATE TRIGGER cheap_insert INSTEAD OF INSERT ON public.cheap FOR EACH ROW EXECUTE FUNCTION public.route_insert();
COMMENT ON TRIGGER cheap_insert ON public.cheap IS 'routes inserts to items';
CREATE VIEW public.cheap AS SELECT id, name, price FROM public.items WHERE price < 10;
CREATE VIEW public.names AS SELECT id FROM public.items;
CREATE VIEW public.expensive AS SELECT id, name, price FROM public.items WHERE price >= 100;
CREATE FUNCTION public.route_expensive() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN INSERT INTO public.items VALUES (NEW.id, NEW.name, NEW.price); RETURN NEW; END $$;
CREATE FUNCTION public.route_insert() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN INSERT INTO public.items VALUES (NEW.id, NEW.name, NEW.price); RETURN NEW; END $$;
CREATE FUNCTION public.ignore() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE public.items (id integer PRIMARY KEY, name text, price bigint);
