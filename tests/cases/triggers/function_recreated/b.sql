CREATE TABLE public.docs (id integer PRIMARY KEY, body text, words integer);
-- the trigger function's body changes in place
CREATE FUNCTION public.count_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.words := coalesce(array_length(regexp_split_to_array(NEW.body, '\s+'), 1), 0);
  RETURN NEW;
END
$$;
-- renaming an argument needs DROP + CREATE: the trigger whose WHEN calls it is dropped before and created after
CREATE FUNCTION public.is_long(body text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(body) > 10';
CREATE TRIGGER docs_words BEFORE INSERT OR UPDATE OF body ON public.docs FOR EACH ROW EXECUTE FUNCTION public.count_words();
CREATE TRIGGER docs_long BEFORE INSERT ON public.docs FOR EACH ROW WHEN (public.is_long(NEW.body))
  EXECUTE FUNCTION public.count_words();
