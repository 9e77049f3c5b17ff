INSERT INTO memberships (id, org_id, user_id) VALUES (1, 10, 100), (2, 10, 101);
INSERT INTO prices (product_id, currency, cents) VALUES (1, 'usd', 500), (2, 'eur', 450);
