INSERT INTO public.executions (key, value) VALUES ('a', '{"state": {"current": "RUNNING"}}'), ('b', '{"state": {"current": "SUCCESS"}}');
