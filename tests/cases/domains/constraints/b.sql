-- posint gains an unnamed CHECK (posint_check1), code loses code_lower, percent's second check changes.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0) CHECK (VALUE < 1000000);
CREATE DOMAIN code AS text
  CONSTRAINT code_len CHECK (length(VALUE) <= 10);
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE >= 0) CHECK (VALUE <= 50);
COMMENT ON CONSTRAINT code_len ON DOMAIN code IS 'codes are short';

CREATE TABLE items (
  id posint PRIMARY KEY,
  sku code NOT NULL,
  discount percent
);
