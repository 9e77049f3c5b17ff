-- A table renamed by hand keeps its key's name (`workertaskexecutions_pkey`); the desired schema has the new
-- table with that key name and not the old one: the old table (and its key's index name) goes first.
CREATE TABLE public.workertaskexecutions (key varchar(250) NOT NULL, value jsonb NOT NULL,
  CONSTRAINT workertaskexecutions_pkey PRIMARY KEY (key));
