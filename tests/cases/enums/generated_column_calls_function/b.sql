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
