CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(14, 2) NOT NULL);
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), qty integer NOT NULL);
