-- Every setting as pg_dump -s writes it: WITH (...) after the column list, ALTER TABLE ONLY ... ALTER COLUMN,
-- ALTER INDEX ... ALTER COLUMN n SET STATISTICS, CLUSTER ON and REPLICA IDENTITY after the keys and indexes.
CREATE TABLE public.address (
    addressid integer NOT NULL,
    city character varying(30) NOT NULL,
    notes text
)
WITH (fillfactor='90', toast.autovacuum_enabled='false');
ALTER TABLE ONLY public.address ALTER COLUMN city SET STATISTICS 400;
ALTER TABLE ONLY public.address ALTER COLUMN notes SET STORAGE MAIN;
ALTER TABLE ONLY public.address ALTER COLUMN notes SET (n_distinct=-1);
CREATE TABLE public.posts (
    id integer NOT NULL,
    tag_string text DEFAULT ''::text NOT NULL
);
ALTER TABLE ONLY public.posts REPLICA IDENTITY FULL;
ALTER TABLE ONLY public.address
    ADD CONSTRAINT "PK_Address_AddressID" PRIMARY KEY (addressid);
ALTER TABLE public.address CLUSTER ON "PK_Address_AddressID";
ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE INDEX index_posts_on_string_to_array_tag_string ON public.posts USING gin (string_to_array(tag_string, ' '::text));
ALTER INDEX public.index_posts_on_string_to_array_tag_string ALTER COLUMN 1 SET STATISTICS 3000;
CREATE UNIQUE INDEX posts_tag_string ON public.posts USING btree (tag_string);
ALTER TABLE ONLY public.posts REPLICA IDENTITY USING INDEX posts_tag_string;
ALTER TABLE public.posts CLUSTER ON posts_tag_string;
