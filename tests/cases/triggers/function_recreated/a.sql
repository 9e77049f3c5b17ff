CREATE TABLE public.docs (id integer PRIMARY KEY, body text, words integer);
CREATE FUNCTION public.count_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.words := array_length(regexp_split_to_array(coalesce(NEW.body, ''), '\s+'), 1);
  RETURN NEW;
END
$$;
CREATE FUNCTION public.is_long(t text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT length(t) > 10';
CREATE TRIGGER docs_words BEFORE INSERT OR UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.count_words();
CREATE TRIGGER docs_long BEFORE INSERT ON public.docs FOR EACH ROW WHEN (public.is_long(NEW.body))
  EXECUTE FUNCTION public.count_words();
ALTER TABLE public.docs DISABLE TRIGGER docs_words;
