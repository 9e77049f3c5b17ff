--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: vnic_profiles; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO vnic_profiles (id, name, network_id, port_mirroring, custom_properties, description, _create_date, _update_date, network_qos_id, passthrough, network_filter_id) VALUES ('0000000a-000a-000a-000a-000000000398', 'ovirtmgmt', '00000000-0000-0000-0000-000000000009', false, NULL, NULL, '2019-11-04 10:42:42.683636+02', NULL, NULL, false, 'd2370ab4-fee3-11e9-a310-8c1645ce738e');


--
-- PostgreSQL database dump complete
--

