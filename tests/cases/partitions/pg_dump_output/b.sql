-- pg_dump -s of keys_pg_dump/b.sql and index_named_alter/b.sql loaded together (PostgreSQL 15; its \restrict lines left out)
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

SET default_tablespace = '';

--
-- Name: ev; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ev (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
)
PARTITION BY RANGE (at);


ALTER TABLE public.ev OWNER TO postgres;

--
-- Name: ev_2023; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ev_2023 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
)
PARTITION BY LIST (kind);


ALTER TABLE public.ev_2023 OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: ev_2023_a; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ev_2023_a (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
);


ALTER TABLE public.ev_2023_a OWNER TO postgres;

--
-- Name: ev_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ev_2024 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
);


ALTER TABLE public.ev_2024 OWNER TO postgres;

--
-- Name: m; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.m (
    id integer NOT NULL,
    k text
)
PARTITION BY LIST (k);


ALTER TABLE public.m OWNER TO postgres;

--
-- Name: m_a; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.m_a (
    id integer NOT NULL,
    k text
);


ALTER TABLE public.m_a OWNER TO postgres;

--
-- Name: m_b; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.m_b (
    id integer NOT NULL,
    k text
);


ALTER TABLE public.m_b OWNER TO postgres;

--
-- Name: m_c; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.m_c (
    id integer NOT NULL,
    k text
);


ALTER TABLE public.m_c OWNER TO postgres;

--
-- Name: ev_2023; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');


--
-- Name: ev_2023_a; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev_2023 ATTACH PARTITION public.ev_2023_a FOR VALUES IN ('a');


--
-- Name: ev_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: m_a; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.m ATTACH PARTITION public.m_a FOR VALUES IN ('a');


--
-- Name: m_b; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.m ATTACH PARTITION public.m_b FOR VALUES IN ('b');


--
-- Name: m_c; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.m ATTACH PARTITION public.m_c FOR VALUES IN ('c');


--
-- Name: ev ev_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev
    ADD CONSTRAINT ev_pkey PRIMARY KEY (id, at, kind);


--
-- Name: ev_2023 ev_2023_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev_2023
    ADD CONSTRAINT ev_2023_pkey PRIMARY KEY (id, at, kind);


--
-- Name: ev_2023_a ev_2023_a_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev_2023_a
    ADD CONSTRAINT ev_2023_a_pkey PRIMARY KEY (id, at, kind);


--
-- Name: ev_2024 ev_2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ev_2024
    ADD CONSTRAINT ev_2024_pkey PRIMARY KEY (id, at, kind);


--
-- Name: ev_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ev_kind_idx ON ONLY public.ev USING btree (kind);


--
-- Name: ev_2023_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ev_2023_kind_idx ON ONLY public.ev_2023 USING btree (kind);


--
-- Name: ev_2023_a_by_kind; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ev_2023_a_by_kind ON public.ev_2023_a USING btree (kind);


--
-- Name: ev_2024_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ev_2024_kind_idx ON public.ev_2024 USING btree (kind);


--
-- Name: m_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_id ON ONLY public.m USING btree (id);


--
-- Name: m_a_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_a_id_idx ON public.m_a USING btree (id);


--
-- Name: m_k; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_k ON ONLY public.m USING btree (k);


--
-- Name: m_a_own_k; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_a_own_k ON public.m_a USING btree (k);


--
-- Name: m_b_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_b_id_idx ON public.m_b USING btree (id);


--
-- Name: m_b_k_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_b_k_idx ON public.m_b USING btree (k);


--
-- Name: m_c_k_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_c_k_idx ON public.m_c USING btree (k);


--
-- Name: m_c_own_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX m_c_own_id ON public.m_c USING btree (id);


--
-- Name: ev_2023_a_by_kind; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_2023_kind_idx ATTACH PARTITION public.ev_2023_a_by_kind;


--
-- Name: ev_2023_a_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_2023_pkey ATTACH PARTITION public.ev_2023_a_pkey;


--
-- Name: ev_2023_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_kind_idx ATTACH PARTITION public.ev_2023_kind_idx;


--
-- Name: ev_2023_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_pkey ATTACH PARTITION public.ev_2023_pkey;


--
-- Name: ev_2024_kind_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_kind_idx ATTACH PARTITION public.ev_2024_kind_idx;


--
-- Name: ev_2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.ev_pkey ATTACH PARTITION public.ev_2024_pkey;


--
-- Name: m_a_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_id ATTACH PARTITION public.m_a_id_idx;


--
-- Name: m_a_own_k; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_k ATTACH PARTITION public.m_a_own_k;


--
-- Name: m_b_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_id ATTACH PARTITION public.m_b_id_idx;


--
-- Name: m_b_k_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_k ATTACH PARTITION public.m_b_k_idx;


--
-- Name: m_c_k_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_k ATTACH PARTITION public.m_c_k_idx;


--
-- Name: m_c_own_id; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.m_id ATTACH PARTITION public.m_c_own_id;


--
-- PostgreSQL database dump complete
--


