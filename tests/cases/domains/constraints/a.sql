CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN code AS text
  CONSTRAINT code_len CHECK (length(VALUE) <= 10)
  CONSTRAINT code_lower CHECK (VALUE = lower(VALUE));
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE >= 0) CHECK (VALUE <= 100);

CREATE TABLE items (
  id posint PRIMARY KEY,
  sku code NOT NULL,
  discount percent
);
