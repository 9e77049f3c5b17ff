CREATE TABLE public.accounts (id bigint PRIMARY KEY, status text, balance numeric);
CREATE TABLE public.audit (at timestamptz DEFAULT now(), what text);
CREATE FUNCTION public.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit (what) VALUES (TG_OP || ' ' || TG_TABLE_NAME);
  RETURN NULL;
END
$$;
CREATE TRIGGER accounts_log AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.log_change();
CREATE TRIGGER accounts_stmt AFTER DELETE ON public.accounts FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();
CREATE CONSTRAINT TRIGGER accounts_check AFTER UPDATE ON public.accounts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.log_change();
