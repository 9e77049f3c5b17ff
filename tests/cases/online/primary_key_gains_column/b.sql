CREATE TABLE datasets (
  id text NOT NULL,
  project_id text NOT NULL,
  name text NOT NULL,
  CONSTRAINT datasets_pkey PRIMARY KEY (id, project_id)
);
CREATE TABLE dataset_items (
  id text NOT NULL,
  project_id text NOT NULL,
  dataset_id text NOT NULL,
  CONSTRAINT dataset_items_pkey PRIMARY KEY (id, project_id),
  CONSTRAINT dataset_items_dataset_id_project_id_fkey FOREIGN KEY (dataset_id, project_id)
    REFERENCES datasets (id, project_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX datasets_project_id_name_key ON datasets (project_id, name);
