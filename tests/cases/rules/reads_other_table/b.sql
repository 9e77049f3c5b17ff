-- roundtrip: any order
-- A rule whose condition reads another table and calls a function of the schema: created after both.
CREATE FUNCTION public.over_limit(p_kind text, p_amount integer) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT p_amount > coalesce((SELECT max_amount FROM public.limits WHERE kind = p_kind), 0) $$;
CREATE RULE payments_cap AS ON INSERT TO payments
  WHERE over_limit(NEW.kind, NEW.amount) OR NEW.amount > (SELECT max(max_amount) FROM limits)
  DO INSTEAD NOTHING;
CREATE TABLE public.payments (id integer PRIMARY KEY, kind text NOT NULL, amount integer NOT NULL);
CREATE TABLE public.limits (kind text PRIMARY KEY, max_amount integer NOT NULL);
