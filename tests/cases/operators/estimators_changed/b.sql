CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_same(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
-- RESTRICT and JOIN change in place (ALTER OPERATOR ... SET): the view using them stays.
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before, restrict = scalarltsel, join = scalarltjoinsel);
CREATE OPERATOR ~== (leftarg = text, rightarg = text, function = txt_same, restrict = eqsel);
CREATE OPERATOR ~=~ (leftarg = text, rightarg = text, function = txt_same);
CREATE VIEW v AS SELECT 'a' ~<< 'b' AS before, 'a' ~== 'b' AS same, 'a' ~=~ 'b' AS same2;
