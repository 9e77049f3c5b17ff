CREATE SCHEMA auth;
CREATE SCHEMA shop;
CREATE TYPE auth.role AS ENUM ('customer', 'admin');
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, role auth.role NOT NULL DEFAULT 'customer');
CREATE TABLE shop.carts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  opened_by auth.role NOT NULL
);
CREATE INDEX carts_user_id_idx ON shop.carts (user_id);
