CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_same(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before, restrict = scalarltsel);
CREATE OPERATOR ~== (leftarg = text, rightarg = text, function = txt_same);
CREATE OPERATOR ~=~ (leftarg = text, rightarg = text, function = txt_same, restrict = eqsel, join = eqjoinsel);
CREATE VIEW v AS SELECT 'a' ~<< 'b' AS before, 'a' ~== 'b' AS same, 'a' ~=~ 'b' AS same2;
