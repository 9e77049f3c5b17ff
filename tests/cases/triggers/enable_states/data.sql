INSERT INTO public.t VALUES (1, 10), (2, 20);
INSERT INTO public.p VALUES (5, 50);
