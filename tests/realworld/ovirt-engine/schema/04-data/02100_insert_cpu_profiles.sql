--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: cpu_profiles; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO cpu_profiles (id, name, cluster_id, qos_id, description, _create_date, _update_date) VALUES ('58ca604e-01a7-003f-01de-000000000250', 'Default', '58cfb470-03b9-01d0-03b9-0000000001e7', NULL, NULL, '2019-11-04 10:42:42.702597+02', NULL);


--
-- PostgreSQL database dump complete
--

