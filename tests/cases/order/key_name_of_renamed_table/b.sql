CREATE TABLE public.subflow_executions (key varchar(250) NOT NULL, value jsonb NOT NULL,
  CONSTRAINT workertaskexecutions_pkey PRIMARY KEY (key));
