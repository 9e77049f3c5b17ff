CREATE TABLE public.accounts (id bigint PRIMARY KEY, status text, balance numeric);
CREATE TABLE public.audit (at timestamptz DEFAULT now(), what text);
CREATE FUNCTION public.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.audit (what) VALUES (TG_OP || ' ' || TG_TABLE_NAME);
  RETURN NULL;
END
$$;
-- timing, events, UPDATE OF columns and WHEN changed
CREATE TRIGGER accounts_log AFTER INSERT OR UPDATE OF status, balance ON public.accounts FOR EACH ROW
  WHEN (NEW.status IS DISTINCT FROM 'closed') EXECUTE FUNCTION public.log_change('with', 'args');
-- statement-level with a transition table
CREATE TRIGGER accounts_stmt AFTER DELETE ON public.accounts REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();
CREATE CONSTRAINT TRIGGER accounts_check AFTER UPDATE ON public.accounts
  DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW WHEN (OLD.balance <> NEW.balance) EXECUTE FUNCTION public.log_change();
