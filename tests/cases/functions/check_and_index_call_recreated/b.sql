CREATE FUNCTION public.norm(t text) RETURNS varchar LANGUAGE sql IMMUTABLE RETURN lower(t);
CREATE TABLE public.account (id integer PRIMARY KEY, email text NOT NULL,
  CONSTRAINT email_normal CHECK (public.norm(email) = email));
CREATE INDEX account_norm_email ON public.account (public.norm(email));
