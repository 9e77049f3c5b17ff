CREATE TABLE i (a text, b int, c timestamptz, d jsonb);
CREATE INDEX i_a ON i (a text_pattern_ops DESC NULLS LAST);
CREATE INDEX i_b ON i USING hash (b);
CREATE INDEX i_c ON i USING brin (c) WITH (pages_per_range = 32);
CREATE INDEX i_d ON i USING gin (d jsonb_path_ops);
CREATE INDEX i_e ON i ((lower(a)) COLLATE "C", (b + 1)) WHERE b > 0 AND a IS NOT NULL;
CREATE INDEX i_f ON i (b) WITH (fillfactor = 70);
