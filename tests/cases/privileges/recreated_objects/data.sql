INSERT INTO public.people VALUES (1, 'happy'), (2, 'sad');
