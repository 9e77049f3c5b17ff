-- An enum gains values while a stored generated column of that type calls a function returning it (the shape
-- of a real Flyway history): the function follows the type (the rollback swaps it), the generated column
-- follows the function (dropped and added again, its values computed again), and so does its index.
CREATE TYPE public.state_type AS ENUM ('CREATED', 'RUNNING', 'SUCCESS');
CREATE FUNCTION public.state_fromtext(text) RETURNS public.state_type LANGUAGE sql IMMUTABLE
RETURN $1::public.state_type;
CREATE TABLE public.executions (
  key varchar(250) PRIMARY KEY,
  value jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  state_current public.state_type NOT NULL GENERATED ALWAYS AS (public.state_fromtext(value #>> '{state,current}')) STORED
);
CREATE INDEX executions_state_current ON public.executions (deleted, state_current);

-- schemaplan-fuzz: to
CREATE TYPE public.state_type AS ENUM ('CREATED', 'RUNNING', 'SUCCESS', 'CANCELLED', 'QUEUED');
CREATE FUNCTION public.state_fromtext(text) RETURNS public.state_type LANGUAGE sql IMMUTABLE
RETURN $1::public.state_type;
CREATE TABLE public.executions (
  key varchar(250) PRIMARY KEY,
  value jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  state_current public.state_type NOT NULL GENERATED ALWAYS AS (public.state_fromtext(value #>> '{state,current}')) STORED
);
CREATE INDEX executions_state_current ON public.executions (deleted, state_current);
