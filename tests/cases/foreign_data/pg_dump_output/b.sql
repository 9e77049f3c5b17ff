-- pg_dump -s of a database holding the created/ cases of foreign_data, publications, event_triggers and
-- range_types (its \restrict lines left out): pg_dump's spelling of them reads as what it dumped.
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
-- Name: audit; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA audit;


ALTER SCHEMA audit OWNER TO postgres;

--
-- Name: remote; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA remote;


ALTER SCHEMA remote OWNER TO postgres;

--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: Text Range; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app."Text Range" AS RANGE (
    subtype = text,
    multirange_type_name = app.textmulti,
    collation = pg_catalog."C"
);


ALTER TYPE app."Text Range" OWNER TO postgres;

--
-- Name: textrange_pattern; Type: TYPE; Schema: app; Owner: admin_role
--

CREATE TYPE app.textrange_pattern AS RANGE (
    subtype = text,
    multirange_type_name = app.textmultirange_pattern,
    subtype_opclass = pg_catalog.text_pattern_ops
);


ALTER TYPE app.textrange_pattern OWNER TO admin_role;

--
-- Name: time_diff(time without time zone, time without time zone); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.time_diff(a time without time zone, b time without time zone) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT EXTRACT(EPOCH FROM (a - b)) $$;


ALTER FUNCTION app.time_diff(a time without time zone, b time without time zone) OWNER TO postgres;

--
-- Name: timerange; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.timerange AS RANGE (
    subtype = time without time zone,
    multirange_type_name = app.timemultirange,
    subtype_diff = app.time_diff
);


ALTER TYPE app.timerange OWNER TO postgres;

--
-- Name: floatrange; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = public.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE public.floatrange OWNER TO postgres;

--
-- Name: TYPE floatrange; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TYPE public.floatrange IS 'doubles';


--
-- Name: on_drop(); Type: FUNCTION; Schema: audit; Owner: postgres
--

CREATE FUNCTION audit.on_drop() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN END $$;


ALTER FUNCTION audit.on_drop() OWNER TO postgres;

--
-- Name: log_ddl(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.log_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;


ALTER FUNCTION public.log_ddl() OWNER TO postgres;

--
-- Name: widest(public.floatrange); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.widest(r public.floatrange) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(r) - lower(r) $$;


ALTER FUNCTION public.widest(r public.floatrange) OWNER TO postgres;

--
-- Name: Checked; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER "Checked" VALIDATOR postgresql_fdw_validator;


ALTER FOREIGN DATA WRAPPER "Checked" OWNER TO postgres;

--
-- Name: dummy; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER dummy;


ALTER FOREIGN DATA WRAPPER dummy OWNER TO postgres;

--
-- Name: FOREIGN DATA WRAPPER dummy; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON FOREIGN DATA WRAPPER dummy IS 'does nothing';


--
-- Name: optioned; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER optioned OPTIONS (
    alpha 'a',
    zeta 'z'
);


ALTER FOREIGN DATA WRAPPER optioned OWNER TO postgres;

--
-- Name: Side Server; Type: SERVER; Schema: -; Owner: admin_role
--

CREATE SERVER "Side Server" FOREIGN DATA WRAPPER dummy OPTIONS (
    a 'one',
    b 'two'
);


ALTER SERVER "Side Server" OWNER TO admin_role;

--
-- Name: USER MAPPING postgres SERVER Side Server; Type: USER MAPPING; Schema: -; Owner: admin_role
--

CREATE USER MAPPING FOR postgres SERVER "Side Server";


--
-- Name: warehouse; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER warehouse TYPE 'postgresql' VERSION '15' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'dw',
    host 'warehouse.internal',
    port '5432'
);


ALTER SERVER warehouse OWNER TO postgres;

--
-- Name: SERVER warehouse; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SERVER warehouse IS 'the warehouse';


--
-- Name: USER MAPPING app_user SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR app_user SERVER warehouse OPTIONS (
    password 'secret',
    "user" 'reader'
);


--
-- Name: USER MAPPING public SERVER warehouse; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR public SERVER warehouse OPTIONS (
    "user" 'anonymous'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Audit Log; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app."Audit Log" (
    id integer,
    at timestamp with time zone
);


ALTER TABLE app."Audit Log" OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.events (
    id integer,
    payload text
);


ALTER TABLE app.events OWNER TO postgres;

--
-- Name: Side Table; Type: FOREIGN TABLE; Schema: public; Owner: admin_role
--

CREATE FOREIGN TABLE public."Side Table" (
    "Key" integer,
    v text
)
SERVER "Side Server";


ALTER FOREIGN TABLE public."Side Table" OWNER TO admin_role;

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bookings (
    id integer NOT NULL,
    hours app.timerange,
    weights public.floatrange[],
    spans public.floatmultirange,
    names app."Text Range"
);


ALTER TABLE public.bookings OWNER TO postgres;

--
-- Name: booking_hours; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.booking_hours AS
 SELECT bookings.id,
    bookings.hours
   FROM public.bookings;


ALTER TABLE public.booking_hours OWNER TO postgres;

--
-- Name: local_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.local_users (
    id integer NOT NULL,
    name text
);


ALTER TABLE public.local_users OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    status text,
    total numeric
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders; Type: FOREIGN TABLE; Schema: remote; Owner: postgres
--

CREATE FOREIGN TABLE remote.orders (
    id bigint NOT NULL,
    customer text COLLATE pg_catalog."C",
    total numeric(12,2) DEFAULT 0,
    placed_at timestamp with time zone,
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
)
SERVER warehouse
OPTIONS (
    schema_name 'sales',
    table_name 'orders'
);
ALTER FOREIGN TABLE remote.orders ALTER COLUMN customer OPTIONS (
    column_name 'customer_name'
);


ALTER FOREIGN TABLE remote.orders OWNER TO postgres;

--
-- Name: FOREIGN TABLE orders; Type: COMMENT; Schema: remote; Owner: postgres
--

COMMENT ON FOREIGN TABLE remote.orders IS 'orders in the warehouse';


--
-- Name: COLUMN orders.total; Type: COMMENT; Schema: remote; Owner: postgres
--

COMMENT ON COLUMN remote.orders.total IS 'in euros';


--
-- Name: big_orders; Type: VIEW; Schema: remote; Owner: postgres
--

CREATE VIEW remote.big_orders AS
 SELECT orders.id,
    orders.total
   FROM remote.orders
  WHERE (orders.total > (1000)::numeric);


ALTER TABLE remote.big_orders OWNER TO postgres;

--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: local_users local_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.local_users
    ADD CONSTRAINT local_users_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: App Schema; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION "App Schema" WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);


ALTER PUBLICATION "App Schema" OWNER TO postgres;

--
-- Name: everything; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION everything OWNER TO postgres;

--
-- Name: later; Type: PUBLICATION; Schema: -; Owner: admin_role
--

CREATE PUBLICATION later WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION later OWNER TO admin_role;

--
-- Name: orders_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION orders_pub WITH (publish = 'insert, update');


ALTER PUBLICATION orders_pub OWNER TO postgres;

--
-- Name: PUBLICATION orders_pub; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON PUBLICATION orders_pub IS 'orders for the warehouse';


--
-- Name: orders_pub Audit Log; Type: PUBLICATION TABLE; Schema: app; Owner: postgres
--

ALTER PUBLICATION orders_pub ADD TABLE ONLY app."Audit Log";


--
-- Name: later events; Type: PUBLICATION TABLE; Schema: app; Owner: admin_role
--

ALTER PUBLICATION later ADD TABLE ONLY app.events;


--
-- Name: orders_pub orders; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION orders_pub ADD TABLE ONLY public.orders (id, status, total) WHERE (((lower(status) <> 'draft'::text) AND (total > (1000)::numeric)));


--
-- Name: App Schema app; Type: PUBLICATION TABLES IN SCHEMA; Schema: app; Owner: postgres
--

ALTER PUBLICATION "App Schema" ADD TABLES IN SCHEMA app;


--
-- Name: TYPE timerange; Type: ACL; Schema: app; Owner: postgres
--

GRANT ALL ON TYPE app.timerange TO app_user;


--
-- Name: FOREIGN DATA WRAPPER dummy; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON FOREIGN DATA WRAPPER dummy TO app_user WITH GRANT OPTION;


--
-- Name: FOREIGN SERVER warehouse; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON FOREIGN SERVER warehouse TO app_user;


--
-- Name: TABLE orders; Type: ACL; Schema: remote; Owner: postgres
--

GRANT SELECT ON TABLE remote.orders TO readonly_user;


--
-- Name: COLUMN orders.customer; Type: ACL; Schema: remote; Owner: postgres
--

GRANT UPDATE(customer) ON TABLE remote.orders TO app_user;


--
-- Name: Log Start; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER "Log Start" ON ddl_command_start
   EXECUTE FUNCTION public.log_ddl();

ALTER EVENT TRIGGER "Log Start" DISABLE;


ALTER EVENT TRIGGER "Log Start" OWNER TO postgres;

--
-- Name: drops; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER drops ON sql_drop
   EXECUTE FUNCTION audit.on_drop();

ALTER EVENT TRIGGER drops ENABLE ALWAYS;


ALTER EVENT TRIGGER drops OWNER TO postgres;

--
-- Name: log_tables; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER log_tables ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION public.log_ddl();


ALTER EVENT TRIGGER log_tables OWNER TO postgres;

--
-- Name: EVENT TRIGGER log_tables; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER log_tables IS 'tells about table changes';


--
-- Name: rewrites; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER rewrites ON table_rewrite
   EXECUTE FUNCTION public.log_ddl();

ALTER EVENT TRIGGER rewrites ENABLE REPLICA;


ALTER EVENT TRIGGER rewrites OWNER TO postgres;

--
-- PostgreSQL database dump complete
--


