CREATE TABLE inventory (sku text PRIMARY KEY, quantity integer NOT NULL);
