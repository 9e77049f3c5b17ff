INSERT INTO customers (name) VALUES ('ada'), ('grace');
