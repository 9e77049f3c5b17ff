--
-- PostgreSQL database dump
--

-- Dumped from database version 10.6
-- Dumped by pg_dump version 10.6


--
-- Data for Name: cluster_features; Type: TABLE DATA; Schema: public; Owner: engine
--

INSERT INTO cluster_features (feature_id, feature_name, version, category, description) VALUES ('00000017-0017-0017-0017-000000000066', 'GLUSTER_GEO_REPLICATION', '3.5', 2, 'Gluster Geo-Replication');
INSERT INTO cluster_features (feature_id, feature_name, version, category, description) VALUES ('00000018-0018-0018-0018-000000000093', 'GLUSTER_SNAPSHOT', '3.5', 2, 'Gluster Volume Snapshot Management');
INSERT INTO cluster_features (feature_id, feature_name, version, category, description) VALUES ('00000019-0019-0019-0019-000000000300', 'GLUSTER_BRICK_MANAGEMENT', '3.5', 2, 'Gluster Brick Provisioning');


--
-- PostgreSQL database dump complete
--

