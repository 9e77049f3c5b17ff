CREATE TABLE public.audit_log (id integer PRIMARY KEY, what text NOT NULL);
