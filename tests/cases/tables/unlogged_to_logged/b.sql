CREATE TABLE job_queue (id bigint PRIMARY KEY, payload text NOT NULL);
