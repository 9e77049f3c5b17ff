CREATE UNLOGGED TABLE rate_limits (key text PRIMARY KEY, hits integer NOT NULL DEFAULT 0, window_start timestamptz NOT NULL);
