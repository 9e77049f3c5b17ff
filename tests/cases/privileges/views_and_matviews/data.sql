INSERT INTO public.orders VALUES (1, 10, 'a'), (2, 20, NULL);
