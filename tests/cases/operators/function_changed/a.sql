CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_before2(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 COLLATE "C" < $2 $$;
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before);
