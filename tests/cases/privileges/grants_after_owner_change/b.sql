-- Objects owned by another role, on which the role running the plan holds every privilege WITH GRANT OPTION
-- (a storage service's schema): the owner is set before the grants, or ALTER ... OWNER TO would hand the
-- running role's grant options to the new owner.
CREATE SCHEMA storage;
CREATE TABLE storage.buckets (id text PRIMARY KEY, name text);
ALTER TABLE storage.buckets OWNER TO admin_role;
GRANT ALL ON storage.buckets TO postgres WITH GRANT OPTION;
GRANT SELECT ON storage.buckets TO app_user;
CREATE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql AS $$ SELECT string_to_array(name, '/') $$;
ALTER FUNCTION storage.foldername(text) OWNER TO admin_role;
GRANT ALL ON FUNCTION storage.foldername(text) TO postgres WITH GRANT OPTION;
