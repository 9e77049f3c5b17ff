INSERT INTO accounts (id, email, org_id, created_at) VALUES (1, 'a@x.io', 1, now()), (2, 'b@x.io', 1, NULL);
