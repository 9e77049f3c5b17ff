-- pg_dump -s of the database created/b.sql makes (its \restrict lines left out): pg_dump's spelling of
-- text search objects and their uses reads as what it dumped.
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
-- Name: search; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA search;


ALTER SCHEMA search OWNER TO postgres;

--
-- Name: bare_parser; Type: TEXT SEARCH PARSER; Schema: public; Owner: -
--

CREATE TEXT SEARCH PARSER public.bare_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    LEXTYPES = prsd_lextype );


--
-- Name: my_parser; Type: TEXT SEARCH PARSER; Schema: public; Owner: -
--

CREATE TEXT SEARCH PARSER public.my_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    HEADLINE = prsd_headline,
    LEXTYPES = prsd_lextype );


--
-- Name: TEXT SEARCH PARSER my_parser; Type: COMMENT; Schema: public; Owner: 
--

COMMENT ON TEXT SEARCH PARSER public.my_parser IS 'a parser';


--
-- Name: my_template; Type: TEXT SEARCH TEMPLATE; Schema: public; Owner: -
--

CREATE TEXT SEARCH TEMPLATE public.my_template (
    INIT = dsimple_init,
    LEXIZE = dsimple_lexize );


--
-- Name: TEXT SEARCH TEMPLATE my_template; Type: COMMENT; Schema: public; Owner: 
--

COMMENT ON TEXT SEARCH TEMPLATE public.my_template IS 'a template';


--
-- Name: Quoted Dict; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH DICTIONARY public."Quoted Dict" (
    TEMPLATE = pg_catalog.simple,
    accept = 'true' );


ALTER TEXT SEARCH DICTIONARY public."Quoted Dict" OWNER TO postgres;

--
-- Name: english_nostop; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH DICTIONARY public.english_nostop (
    TEMPLATE = pg_catalog.snowball,
    language = 'english' );


ALTER TEXT SEARCH DICTIONARY public.english_nostop OWNER TO postgres;

--
-- Name: my_simple; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: app_user
--

CREATE TEXT SEARCH DICTIONARY public.my_simple (
    TEMPLATE = public.my_template,
    stopwords = 'english', accept = 'false' );


ALTER TEXT SEARCH DICTIONARY public.my_simple OWNER TO app_user;

--
-- Name: TEXT SEARCH DICTIONARY my_simple; Type: COMMENT; Schema: public; Owner: app_user
--

COMMENT ON TEXT SEARCH DICTIONARY public.my_simple IS 'simple with stop words';


--
-- Name: english_copy; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION public.english_copy (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR asciiword WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR word WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR hword_part WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR hword_asciipart WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR asciihword WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR hword WITH public.english_nostop;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.english_copy
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION public.english_copy OWNER TO postgres;

--
-- Name: my_cfg; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION public.my_cfg (
    PARSER = public.my_parser );

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR asciiword WITH public.my_simple, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR word WITH public.my_simple, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR email WITH public."Quoted Dict";

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION public.my_cfg OWNER TO postgres;

--
-- Name: TEXT SEARCH CONFIGURATION my_cfg; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TEXT SEARCH CONFIGURATION public.my_cfg IS 'mine';


--
-- Name: copy_of_mine; Type: TEXT SEARCH CONFIGURATION; Schema: search; Owner: app_user
--

CREATE TEXT SEARCH CONFIGURATION search.copy_of_mine (
    PARSER = public.my_parser );

ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine
    ADD MAPPING FOR asciiword WITH public.my_simple, english_stem;

ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine
    ADD MAPPING FOR word WITH simple;

ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine
    ADD MAPPING FOR email WITH public."Quoted Dict";

ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine OWNER TO app_user;

--
-- Name: plain; Type: TEXT SEARCH CONFIGURATION; Schema: search; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION search.plain (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION search.plain
    ADD MAPPING FOR asciiword WITH public.english_nostop;


ALTER TEXT SEARCH CONFIGURATION search.plain OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: docs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.docs (
    id integer NOT NULL,
    body text,
    words tsvector GENERATED ALWAYS AS (to_tsvector('public.my_cfg'::regconfig, COALESCE(body, ''::text))) STORED
);


ALTER TABLE public.docs OWNER TO postgres;

--
-- Name: doc_words; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.doc_words AS
 SELECT docs.id,
    to_tsvector('search.plain'::regconfig, docs.body) AS words
   FROM public.docs;


ALTER TABLE public.doc_words OWNER TO postgres;

--
-- Name: docs docs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);


--
-- Name: docs_body_fts; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX docs_body_fts ON public.docs USING gin (to_tsvector('public.english_copy'::regconfig, body));


--
-- PostgreSQL database dump complete
--


