CREATE TABLE public.accounts (id bigint PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE OR REPLACE FUNCTION public.balance_of(account bigint, fallback numeric DEFAULT 0) RETURNS numeric
  LANGUAGE sql STABLE
  AS $$SELECT coalesce((SELECT balance FROM public.accounts WHERE id = account), fallback)$$;
CREATE FUNCTION public.touch(account bigint) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER STRICT PARALLEL UNSAFE COST 10
  SET search_path = '' SET work_mem = '8MB'
  AS $body$
BEGIN
  -- a comment with $$ and $function$ inside the body
  UPDATE public.accounts SET balance = balance + 0 WHERE id = account;
END
$body$;
COMMENT ON FUNCTION public.touch(bigint) IS 'touches an account';
