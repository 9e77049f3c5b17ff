CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- schemaplan-fuzz: to
-- keys and indexes of a partitioned table (with a sub-partitioned partition) in pg_dump's shape: each key
-- ON ONLY the parent, each partition's key on its own, then attached; one partition index with a name of its own
CREATE TABLE public.ev (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
)
PARTITION BY RANGE (at);
CREATE TABLE public.ev_2023 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
)
PARTITION BY LIST (kind);
CREATE TABLE public.ev_2023_a (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
);
CREATE TABLE public.ev_2024 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL
);
ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
ALTER TABLE ONLY public.ev_2023 ATTACH PARTITION public.ev_2023_a FOR VALUES IN ('a');
ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.ev
    ADD CONSTRAINT ev_pkey PRIMARY KEY (id, at, kind);
ALTER TABLE ONLY public.ev_2023
    ADD CONSTRAINT ev_2023_pkey PRIMARY KEY (id, at, kind);
ALTER TABLE ONLY public.ev_2023_a
    ADD CONSTRAINT ev_2023_a_pkey PRIMARY KEY (id, at, kind);
ALTER TABLE ONLY public.ev_2024
    ADD CONSTRAINT ev_2024_pkey PRIMARY KEY (id, at, kind);
CREATE INDEX ev_kind_idx ON ONLY public.ev USING btree (kind);
CREATE INDEX ev_2023_kind_idx ON ONLY public.ev_2023 USING btree (kind);
CREATE INDEX ev_2023_a_by_kind ON public.ev_2023_a USING btree (kind);
CREATE INDEX ev_2024_kind_idx ON public.ev_2024 USING btree (kind);
ALTER INDEX public.ev_pkey ATTACH PARTITION public.ev_2023_pkey;
ALTER INDEX public.ev_kind_idx ATTACH PARTITION public.ev_2023_kind_idx;
ALTER INDEX public.ev_2023_pkey ATTACH PARTITION public.ev_2023_a_pkey;
ALTER INDEX public.ev_2023_kind_idx ATTACH PARTITION public.ev_2023_a_by_kind;
ALTER INDEX public.ev_pkey ATTACH PARTITION public.ev_2024_pkey;
ALTER INDEX public.ev_kind_idx ATTACH PARTITION public.ev_2024_kind_idx;
