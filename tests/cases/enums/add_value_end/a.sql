-- A value appended to an enum in use (ALTER TYPE ... ADD VALUE); rows keep their labels.
CREATE TYPE order_status AS ENUM ('PENDING', 'PAID', 'SHIPPED');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'PENDING');
