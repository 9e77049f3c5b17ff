CREATE TABLE public.accounts (id bigint PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION public.balance_of(account bigint) RETURNS numeric
  LANGUAGE sql STABLE
  AS $$SELECT balance FROM public.accounts WHERE id = account$$;
CREATE FUNCTION public.touch(account bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.accounts SET balance = balance WHERE id = account;
END
$$;
