-- A function taking a view's rows: the view comes first (the function's argument is its row type).
CREATE TABLE tips (id int, amount numeric, ctime timestamptz);
CREATE VIEW current_tips AS SELECT DISTINCT ON (id) id, amount FROM tips ORDER BY id, ctime DESC;
CREATE FUNCTION compute_arrears(tip current_tips) RETURNS numeric LANGUAGE sql AS $$ SELECT tip.amount * 2 $$;
