CREATE TABLE ev (id int PRIMARY KEY, at timestamp, at_tz timestamptz, seen_s bigint, day_n integer);
