-- Indexes with storage parameters (fillfactor, pages_per_range), operator classes (text_pattern_ops,
-- jsonb_path_ops), an expression with COLLATE and a predicate.
CREATE TABLE i (a text, b int, c timestamptz, d jsonb);
