CREATE TYPE order_status AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'REFUNDED');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'PENDING');
