-- Values inserted at their position (BEFORE / AFTER), including at the front and two in a row.
CREATE TYPE billing_interval AS ENUM ('MONTH', 'YEAR');
CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE plans (id integer PRIMARY KEY, every billing_interval NOT NULL, p priority);
