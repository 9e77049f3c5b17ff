-- A primary key that gains a column (langfuse's datasets: (id) -> (id, project_id)) while a foreign key
-- refers to it: the new key's index is built concurrently beside the old key, which still holds the name.
CREATE TABLE datasets (
  id text PRIMARY KEY,
  project_id text NOT NULL,
  name text NOT NULL
);
CREATE TABLE dataset_items (
  id text PRIMARY KEY,
  project_id text NOT NULL,
  dataset_id text NOT NULL REFERENCES datasets (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX datasets_project_id_name_key ON datasets (project_id, name);
