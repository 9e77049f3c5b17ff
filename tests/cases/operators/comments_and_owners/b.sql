CREATE FUNCTION txt_before(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE FUNCTION txt_neg(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT reverse($1) $$;
-- Comments and owners change in place.
CREATE OPERATOR ~<< (leftarg = text, rightarg = text, function = txt_before);
CREATE OPERATOR ~~~ (rightarg = text, function = txt_neg);
COMMENT ON OPERATOR ~~~ (NONE, text) IS 'reversed';
ALTER OPERATOR ~<< (text, text) OWNER TO app_user;
ALTER OPERATOR ~~~ (NONE, text) OWNER TO readonly_user;
