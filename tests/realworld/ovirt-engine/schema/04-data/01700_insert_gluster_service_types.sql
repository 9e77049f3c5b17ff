--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: gluster_service_types; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO gluster_service_types (service_type) VALUES ('GLUSTER');
INSERT INTO gluster_service_types (service_type) VALUES ('GLUSTER_SWIFT');
INSERT INTO gluster_service_types (service_type) VALUES ('SMB');


--
-- PostgreSQL database dump complete
--

