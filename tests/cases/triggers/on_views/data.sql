INSERT INTO public.items VALUES (1, 'pen', 3), (2, 'desk', 250);
