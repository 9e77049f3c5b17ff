--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: network_cluster; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO network_cluster (network_id, cluster_id, status, is_display, required, migration, management, is_gluster) VALUES ('00000000-0000-0000-0000-000000000009', '58cfb470-03b9-01d0-03b9-0000000001e7', 1, true, true, true, true, false);


--
-- PostgreSQL database dump complete
--

