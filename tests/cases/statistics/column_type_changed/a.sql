CREATE TABLE public.readings (id integer PRIMARY KEY, sensor integer, zone integer, value text);
CREATE STATISTICS readings_place ON sensor, zone FROM readings;
ALTER STATISTICS readings_place SET STATISTICS 300;
CREATE STATISTICS readings_value ON zone, (value || 'x') FROM readings;
