-- A table whose columns carry settings, as pg_dump writes them (ALTER TABLE ONLY after the CREATE).
CREATE TABLE public.good_jobs (
    id uuid NOT NULL,
    finished_at timestamp(6) without time zone,
    serialized_params jsonb COMPRESSION lz4,
    queue_name text
);
ALTER TABLE ONLY public.good_jobs ALTER COLUMN finished_at SET STATISTICS 1000;
ALTER TABLE ONLY public.good_jobs ALTER COLUMN serialized_params SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.good_jobs ALTER COLUMN queue_name SET (n_distinct=100);
CREATE TABLE public.measurements (id int, reading text) PARTITION BY LIST (id);
ALTER TABLE ONLY public.measurements ALTER COLUMN reading SET STATISTICS 300;
ALTER TABLE ONLY public.measurements ALTER COLUMN reading SET STORAGE MAIN;
