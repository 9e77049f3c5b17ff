-- Storage parameters (WITH / SET / RESET) created, changed and removed, the TOAST table's (toast.*) too; none of
-- them rewrites the table.
CREATE TABLE kept (id int PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE changed (id int PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.2, toast.autovacuum_enabled = false);
CREATE TABLE removed (id int PRIMARY KEY, body text) WITH (fillfactor = 60, toast.autovacuum_enabled = false);
CREATE TABLE added (id int PRIMARY KEY, body text);
CREATE TABLE reordered (id int PRIMARY KEY, body text) WITH (autovacuum_enabled = true, fillfactor = 90);
ALTER TABLE reordered SET (autovacuum_analyze_threshold = 25);
