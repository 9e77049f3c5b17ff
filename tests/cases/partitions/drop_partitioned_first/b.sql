-- the partitioned table goes, with what depends on it: a view, a foreign key of another table, a function
CREATE TABLE marks (id int PRIMARY KEY, metric_id int, metric_at date);
