CREATE SCHEMA part;
CREATE TABLE accounts (id int PRIMARY KEY, name text);

-- list partitions, one of them partitioned again by hash
CREATE TABLE part.sales (
  id int NOT NULL,
  region text NOT NULL,
  account_id int REFERENCES accounts (id),
  amount numeric(10,2) DEFAULT 0 CHECK (amount >= 0),
  PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE part.sales_eu PARTITION OF part.sales FOR VALUES IN ('de', 'fr') PARTITION BY HASH (id);
CREATE TABLE part.sales_eu_0 PARTITION OF part.sales_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE part.sales_eu_1 PARTITION OF part.sales_eu FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE part.sales_us PARTITION OF part.sales FOR VALUES IN ('us');
CREATE TABLE part.sales_rest PARTITION OF part.sales DEFAULT;
ALTER TABLE part.sales_us ADD CONSTRAINT sales_us_small CHECK (amount < 1000);
CREATE INDEX sales_account ON part.sales (account_id);

-- range partitions over an expression and two columns, with MINVALUE / MAXVALUE
CREATE TABLE part.readings (sensor int, at timestamp, v float8) PARTITION BY RANGE (sensor, (at::date));
CREATE TABLE part.readings_low PARTITION OF part.readings FOR VALUES FROM (MINVALUE, MINVALUE) TO (100, MAXVALUE);
CREATE TABLE part.readings_high PARTITION OF part.readings FOR VALUES FROM (100, MAXVALUE) TO (MAXVALUE, MAXVALUE);
COMMENT ON TABLE part.readings IS 'sensor data';
