
-- schemaplan-fuzz: to
-- pg_dump -s of the database created/b.sql makes (its \restrict lines left out): pg_dump's spelling of
-- collations and their uses reads as what it dumped.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: copy_of_c; Type: COLLATION; Schema: app; Owner: postgres
--

CREATE COLLATION app.copy_of_c (provider = libc, locale = 'C');


ALTER COLLATION app.copy_of_c OWNER TO postgres;

--
-- Name: copy_of_german; Type: COLLATION; Schema: app; Owner: postgres
--

CREATE COLLATION app.copy_of_german (provider = icu, locale = 'de-u-co-phonebk');


ALTER COLLATION app.copy_of_german OWNER TO postgres;

--
-- Name: german; Type: COLLATION; Schema: app; Owner: postgres
--

CREATE COLLATION app.german (provider = icu, locale = 'de-u-co-phonebk');


ALTER COLLATION app.german OWNER TO postgres;

--
-- Name: COLLATION german; Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON COLLATION app.german IS 'phone book order';


--
-- Name: mixed; Type: COLLATION; Schema: app; Owner: postgres
--

CREATE COLLATION app.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');


ALTER COLLATION app.mixed OWNER TO postgres;

--
-- Name: plain; Type: COLLATION; Schema: app; Owner: admin_role
--

CREATE COLLATION app.plain (provider = libc, locale = 'C');


ALTER COLLATION app.plain OWNER TO admin_role;

--
-- Name: case_insensitive; Type: COLLATION; Schema: public; Owner: postgres
--

CREATE COLLATION public.case_insensitive (provider = icu, deterministic = false, locale = 'und-u-ks-level2');


ALTER COLLATION public.case_insensitive OWNER TO postgres;

--
-- Name: label; Type: DOMAIN; Schema: app; Owner: postgres
--

CREATE DOMAIN app.label AS text COLLATE app.copy_of_german NOT NULL;


ALTER DOMAIN app.label OWNER TO postgres;

--
-- Name: textrange; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.textrange AS RANGE (
    subtype = text,
    multirange_type_name = app.textmultirange,
    collation = app.plain
);


ALTER TYPE app.textrange OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email text NOT NULL COLLATE public.case_insensitive,
    name text COLLATE app.german,
    code character varying(10) COLLATE app.plain,
    CONSTRAINT users_code_check CHECK ((((code)::text COLLATE app.copy_of_c) > 'A'::text))
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: sorted_users; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.sorted_users AS
 SELECT users.id,
    (users.name COLLATE app.plain) AS name
   FROM public.users;


ALTER TABLE app.sorted_users OWNER TO postgres;

--
-- Name: tags; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.tags (
    id integer,
    label app.label,
    alias text COLLATE app.german
);


ALTER TABLE app.tags OWNER TO postgres;

--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users_lower_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_lower_name ON public.users USING btree (lower(name) COLLATE app.mixed);


--
-- Name: users_name_plain; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_name_plain ON public.users USING btree (name COLLATE app.plain);


--
-- PostgreSQL database dump complete
--


