INSERT INTO warehouses (region, code) VALUES ('eu', 'ams1');
INSERT INTO stock (id, region, code, parent_id) VALUES (1, 'eu', 'ams1', NULL), (2, NULL, NULL, 1);
