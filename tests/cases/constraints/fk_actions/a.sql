-- Foreign keys with ON DELETE / ON UPDATE actions added; an existing one changes its action.
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  author_id integer REFERENCES users (id),
  editor_id integer,
  team_id integer,
  reviewer_id integer
);
