CREATE TABLE metrics (id int NOT NULL, at date NOT NULL, v int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_rest PARTITION OF metrics DEFAULT;
CREATE VIEW metrics_daily AS SELECT at, sum(v) AS v FROM metrics GROUP BY at;
CREATE TABLE marks (id int PRIMARY KEY, metric_id int, metric_at date, FOREIGN KEY (metric_id, metric_at) REFERENCES metrics (id, at));
CREATE FUNCTION metrics_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM metrics; END;
