--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: ad_groups; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO ad_groups (id, name, domain, distinguishedname, external_id, namespace) VALUES ('eee00000-0000-0000-0000-123456789eee', 'Everyone', '', '', 'eee00000-0000-0000-0000-123456789eee', '*');


--
-- PostgreSQL database dump complete
--

