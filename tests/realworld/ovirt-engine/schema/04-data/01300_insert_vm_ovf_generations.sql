--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: vm_ovf_generations; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO vm_ovf_generations (vm_guid, storage_pool_id, ovf_generation, ovf_data) VALUES ('00000000-0000-0000-0000-000000000000', '58cfb470-02f3-03d7-0386-0000000003bc', 1, NULL);


--
-- PostgreSQL database dump complete
--

