CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE teams (id integer PRIMARY KEY);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  author_id integer REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  editor_id integer REFERENCES users (id) ON DELETE SET NULL,
  team_id integer CONSTRAINT posts_team_fk REFERENCES teams ON DELETE RESTRICT ON UPDATE NO ACTION,
  reviewer_id integer DEFAULT 0 REFERENCES users (id) ON DELETE SET DEFAULT
);
