CREATE COLLATION public.ci (provider = icu, locale = 'und');
CREATE COLLATION public.other (provider = icu, locale = 'de');
CREATE TABLE public.items (id integer PRIMARY KEY, a text COLLATE ci, b text, c text COLLATE ci, d text COLLATE other);
