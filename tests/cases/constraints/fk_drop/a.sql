-- Foreign keys dropped while both tables stay.
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE logins (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT logins_self_fk FOREIGN KEY (id) REFERENCES logins (id));
