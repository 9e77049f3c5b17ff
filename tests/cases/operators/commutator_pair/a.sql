CREATE TYPE money2 AS (amount numeric, currency text);
