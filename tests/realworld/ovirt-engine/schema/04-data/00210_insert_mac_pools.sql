--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: mac_pools; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO mac_pools (id, name, description, allow_duplicate_mac_addresses, default_pool) VALUES ('58ca604b-017d-0374-0220-00000000014e', 'Default', 'Default MAC pool', false, true);


--
-- PostgreSQL database dump complete
--

