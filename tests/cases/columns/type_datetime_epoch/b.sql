-- numbers and dates/timestamps have no cast between them in PostgreSQL: the plan converts through epoch
-- seconds both ways (up.sql and down.sql), and says that the rollback cannot bring back fractions of a second
CREATE TABLE ev (id int PRIMARY KEY, at bigint, at_tz numeric, seen_s timestamp with time zone, day_n date);
