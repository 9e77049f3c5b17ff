--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: permissions; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('00000004-0004-0004-0004-000000000355', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '00000000-0000-0000-0000-000000000000', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('0000000b-000b-000b-000b-0000000001d5', 'def0000a-0000-0000-0000-def000000010', 'eee00000-0000-0000-0000-123456789eee', '0000000a-000a-000a-000a-000000000398', 27, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('00000004-0004-0004-0004-000000000392', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '00000003-0003-0003-0003-0000000000be', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('00000006-0006-0006-0006-000000000044', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '00000005-0005-0005-0005-0000000002e6', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('00000008-0008-0008-0008-0000000001b7', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '00000007-0007-0007-0007-00000000010a', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('0000000a-000a-000a-000a-000000000309', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '00000009-0009-0009-0009-0000000000f1', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('0000000c-000c-000c-000c-00000000039b', 'def00009-0000-0000-0000-def000000009', 'eee00000-0000-0000-0000-123456789eee', '0000000b-000b-000b-000b-00000000021f', 4, 1489657946);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('58ca605c-010d-0307-0224-0000000001a9', 'def00021-0000-0000-0000-def000000015', 'eee00000-0000-0000-0000-123456789eee', 'aaa00000-0000-0000-0000-123456789aaa', 1, 1489657949);
INSERT INTO permissions (id, role_id, ad_element_id, object_id, object_type_id, creation_date) VALUES ('14124e3a-fedf-11e9-8092-8c1645ce738e', 'def00017-0000-0000-0000-def000000017', 'eee00000-0000-0000-0000-123456789eee', '58ca604e-01a7-003f-01de-000000000250', 30, 1572856968);


--
-- PostgreSQL database dump complete
--

