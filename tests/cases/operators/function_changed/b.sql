CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_before2(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 COLLATE "C" < $2 $$;
-- Another function: the operator is dropped and created again (ALTER OPERATOR cannot change it).
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before2);
