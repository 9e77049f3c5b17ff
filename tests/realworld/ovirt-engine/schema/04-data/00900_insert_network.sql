--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: network; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO network (id, name, description, type, addr, subnet, gateway, vlan_id, stp, storage_pool_id, mtu, vm_network, provider_network_provider_id, provider_network_external_id, free_text_comment, label, qos_id) VALUES ('00000000-0000-0000-0000-000000000009', 'ovirtmgmt', 'Management Network', NULL, NULL, NULL, NULL, NULL, false, '58cfb470-02f3-03d7-0386-0000000003bc', NULL, true, NULL, NULL, NULL, NULL, NULL);


--
-- PostgreSQL database dump complete
--

