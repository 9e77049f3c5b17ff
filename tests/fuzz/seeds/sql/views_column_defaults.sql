CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, created timestamptz);
CREATE VIEW public.item_entry AS SELECT id, name, price FROM public.items;
ALTER VIEW public.item_entry ALTER COLUMN name SET DEFAULT 'unnamed';
ALTER VIEW public.item_entry ALTER COLUMN price SET DEFAULT 1;
CREATE VIEW public.cheap AS SELECT id, name, price FROM public.items WHERE price < 10;
ALTER VIEW public.cheap ALTER COLUMN name SET DEFAULT 'cheap';
CREATE VIEW public.cheap_names AS SELECT id, name FROM public.cheap;
ALTER VIEW public.cheap_names ALTER COLUMN name SET DEFAULT 'a cheap one';
COMMENT ON COLUMN public.cheap_names.name IS 'kept too';
CREATE VIEW public.gone AS SELECT id FROM public.items;
ALTER VIEW public.gone ALTER COLUMN id SET DEFAULT 0;

-- schemaplan-fuzz: to
-- Column defaults of views. item_entry: id gets a default from a new sequence, name's changes, price's goes,
-- and an appended column (CREATE OR REPLACE VIEW keeps the others) comes with its own, as pg_dump writes it.
-- cheap loses a column, so it is created again, with cheap_names that reads it: both need their defaults set
-- again. gone goes; fresh comes with a default.
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, created timestamptz);
CREATE SEQUENCE public.item_ids;
CREATE VIEW public.item_entry AS SELECT id, name, price, created FROM public.items;
ALTER VIEW public.item_entry ALTER COLUMN id SET DEFAULT nextval('public.item_ids');
ALTER VIEW public.item_entry ALTER COLUMN name SET DEFAULT 'new item';
ALTER TABLE ONLY public.item_entry ALTER COLUMN created SET DEFAULT now();
CREATE VIEW public.cheap AS SELECT id, name FROM public.items WHERE price < 10;
ALTER VIEW public.cheap ALTER COLUMN name SET DEFAULT 'cheap';
CREATE VIEW public.cheap_names AS SELECT id, name FROM public.cheap;
ALTER VIEW public.cheap_names ALTER COLUMN name SET DEFAULT 'a cheap one';
COMMENT ON COLUMN public.cheap_names.name IS 'kept too';
CREATE VIEW public.fresh AS SELECT id, price FROM public.items;
ALTER VIEW public.fresh ALTER COLUMN price SET DEFAULT 0.5;
