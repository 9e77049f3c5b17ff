INSERT INTO public.items (id, a, b, c, d) VALUES (1, 'x', 'y', 'z', 'w'), (2, 'X', NULL, 'Z', NULL);
