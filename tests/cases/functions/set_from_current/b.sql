-- SET ... FROM CURRENT stores the value the setting has when the function is created (or altered): the
-- value the statements before it set. (Not pg_dump's set_config('search_path', '', false): FROM CURRENT then
-- stores an empty value, which no SET clause writes, where SET search_path = '' stores "".)
SET search_path = public, pg_catalog;
SET statement_timeout = 0;
SET check_function_bodies = false;
CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql
  SET check_function_bodies FROM CURRENT SET search_path FROM CURRENT SET statement_timeout FROM CURRENT
  AS 'SELECT 1';
SET search_path = '';
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS 'SELECT 2';
ALTER FUNCTION public.g() SET search_path FROM CURRENT;
CREATE PROCEDURE public.h() LANGUAGE sql SET search_path FROM CURRENT AS 'SELECT 3';
