CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_neg(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT reverse($1) $$;
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before);
CREATE OPERATOR ~~~ (rightarg = text, function = txt_neg);
COMMENT ON OPERATOR ~<< (text, text) IS 'before';
ALTER OPERATOR ~~~ (NONE, text) OWNER TO admin_role;
