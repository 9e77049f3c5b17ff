INSERT INTO users (id, email, deleted_at, org_id) VALUES (1, 'a@x.io', NULL, 1), (2, 'A@x.io', now(), 1), (3, 'c@y.io', NULL, NULL);
