INSERT INTO public.accounts VALUES (1, 'open', 10);
