INSERT INTO public.items VALUES (1, 'pen', 3, now()), (2, 'desk', 250, NULL);
