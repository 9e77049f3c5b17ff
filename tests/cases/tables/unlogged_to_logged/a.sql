-- An UNLOGGED table becomes durable (SET LOGGED); its rows stay.
CREATE UNLOGGED TABLE job_queue (id bigint PRIMARY KEY, payload text NOT NULL);
