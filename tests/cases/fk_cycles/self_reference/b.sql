CREATE TABLE comments (id integer PRIMARY KEY, reply_to integer REFERENCES comments (id) ON DELETE CASCADE);
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id), name text NOT NULL);
