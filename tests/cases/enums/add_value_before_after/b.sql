CREATE TYPE billing_interval AS ENUM ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR');
CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'urgent');
CREATE TABLE plans (id integer PRIMARY KEY, every billing_interval NOT NULL, p priority);
