CREATE TABLE local_users (id int PRIMARY KEY, name text);
