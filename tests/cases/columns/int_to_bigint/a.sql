-- integer -> bigint on a primary key and on the foreign key that refers to it; numeric precision widened.
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10, 2) NOT NULL);
CREATE TABLE order_items (id integer PRIMARY KEY, order_id integer NOT NULL REFERENCES orders (id), qty smallint NOT NULL);
