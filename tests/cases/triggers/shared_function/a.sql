CREATE TABLE public.users (id bigint PRIMARY KEY, name text, updated_at timestamptz);
