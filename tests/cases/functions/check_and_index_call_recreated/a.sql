-- A function dropped and created again (its return type changes) while a CHECK constraint and an expression
-- index call it: both are taken down before the DROP and come back after the CREATE.
CREATE FUNCTION public.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(t);
CREATE TABLE public.account (id integer PRIMARY KEY, email text NOT NULL,
  CONSTRAINT email_normal CHECK (public.norm(email) = email));
CREATE INDEX account_norm_email ON public.account (public.norm(email));
