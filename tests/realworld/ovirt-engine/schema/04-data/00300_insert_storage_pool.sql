--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: storage_pool; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO storage_pool (id, name, description, storage_pool_type, storage_pool_format_type, status, master_domain_version, spm_vds_id, compatibility_version, _create_date, _update_date, quota_enforcement_type, free_text_comment, is_local, mac_pool_id) VALUES ('58cfb470-02f3-03d7-0386-0000000003bc', 'Default', 'The default Data Center', 1, NULL, 0, 0, NULL, '4.8', '2019-11-04 10:42:40.790182+02', NULL, NULL, NULL, NULL, '58ca604b-017d-0374-0220-00000000014e');


--
-- PostgreSQL database dump complete
--

