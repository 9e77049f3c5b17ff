INSERT INTO public.events VALUES (1, '2024-05-01', 'a'); INSERT INTO public.metrics VALUES ('2024-02-02', 4);
