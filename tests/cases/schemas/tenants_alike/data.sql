INSERT INTO tenant_1.customer (email) VALUES ('a@x'), ('b@x');
INSERT INTO tenant_1.invoice (customer_id, total) VALUES (1, 10), (2, 20);
INSERT INTO tenant_2.customer (email) VALUES ('a@x'), ('b@x');
INSERT INTO tenant_2.invoice (customer_id, total) VALUES (1, 10), (2, 20);
INSERT INTO tenant_3.customer (email) VALUES ('a@x'), ('b@x');
INSERT INTO tenant_3.invoice (customer_id, total) VALUES (1, 10), (2, 20);
