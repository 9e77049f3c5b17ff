INSERT INTO public.users (id, email, name, code) VALUES (1, 'a@x', 'Ann', 'B1'), (2, 'b@x', 'Bob', NULL);
INSERT INTO app.tags (id, label, alias) VALUES (1, 'red', 'r');
