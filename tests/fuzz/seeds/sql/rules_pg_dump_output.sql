CREATE TABLE public.orders (id integer PRIMARY KEY, status text NOT NULL, region text, city text);
CREATE TABLE public.order_events (order_id integer, status text, at timestamptz DEFAULT now());
CREATE VIEW public.open_orders AS SELECT id, status FROM orders WHERE status <> 'closed';
CREATE MATERIALIZED VIEW public.order_counts AS SELECT status, region, count(*) AS n FROM orders GROUP BY status, region
  WITH NO DATA;
CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE STATISTICS orders_place ON region, city FROM orders;

-- schemaplan-fuzz: to
-- pg_dump -s of a database with rules (on a table and a view, disabled, commented) and statistics objects (a
-- target, expressions, an owner, one on a materialized view), its \restrict lines left out: pg_dump's spelling
-- reads as what it dumped.
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

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    status text NOT NULL,
    region text,
    city text
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: open_orders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.open_orders AS
 SELECT orders.id,
    orders.status
   FROM public.orders
  WHERE (orders.status <> 'closed'::text);


ALTER TABLE public.open_orders OWNER TO postgres;

--
-- Name: order_counts; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.order_counts AS
 SELECT orders.status,
    orders.region,
    count(*) AS n
   FROM public.orders
  GROUP BY orders.status, orders.region
  WITH NO DATA;


ALTER TABLE public.order_counts OWNER TO postgres;

--
-- Name: order_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.order_events (
    order_id integer,
    status text,
    at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.order_events OWNER TO postgres;

--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: order_counts_stats; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.order_counts_stats ON status, region FROM public.order_counts;


ALTER STATISTICS public.order_counts_stats OWNER TO postgres;

--
-- Name: orders_lower; Type: STATISTICS; Schema: public; Owner: app_user
--

CREATE STATISTICS public.orders_lower ON lower(city), (status || region) FROM public.orders;


ALTER STATISTICS public.orders_lower OWNER TO app_user;

--
-- Name: STATISTICS orders_lower; Type: COMMENT; Schema: public; Owner: app_user
--

COMMENT ON STATISTICS public.orders_lower IS 'expressions';


--
-- Name: orders_place; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_place (dependencies) ON region, city FROM public.orders;
ALTER STATISTICS public.orders_place SET STATISTICS 250;


ALTER STATISTICS public.orders_place OWNER TO postgres;

--
-- Name: open_orders open_orders_insert; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE open_orders_insert AS
    ON INSERT TO public.open_orders DO INSTEAD  INSERT INTO public.orders (id, status)
  VALUES (new.id, new.status)
  RETURNING orders.id,
    orders.status;


--
-- Name: orders orders_keep; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE orders_keep AS
    ON DELETE TO public.orders DO ( INSERT INTO public.order_events (order_id, status)
  VALUES (old.id, 'deleted'::text);

 NOTIFY orders_changed;
);


--
-- Name: RULE orders_keep ON orders; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON RULE orders_keep ON public.orders IS 'deletes are logged';


--
-- Name: orders orders_log; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE orders_log AS
    ON UPDATE TO public.orders
   WHERE (old.status IS DISTINCT FROM new.status) DO  INSERT INTO public.order_events (order_id, status)
  VALUES (new.id, new.status);


--
-- Name: orders orders_quiet; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE orders_quiet AS
    ON INSERT TO public.orders DO
 NOTIFY orders_changed;
ALTER TABLE public.orders DISABLE RULE orders_quiet;


--
-- PostgreSQL database dump complete
--


