CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));
CREATE SEQUENCE ticket_numbers;
GRANT SELECT ON TABLE users TO readonly_user WITH GRANT OPTION;
GRANT SELECT ON TABLE users TO app_user;
GRANT USAGE ON SEQUENCE ticket_numbers TO app_user;
