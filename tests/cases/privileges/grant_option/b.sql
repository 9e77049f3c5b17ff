-- readonly_user loses the grant option, app_user gains it and more, a column privilege with grant option.
CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));
CREATE SEQUENCE ticket_numbers;
GRANT SELECT ON TABLE users TO readonly_user;
GRANT SELECT, UPDATE ON TABLE users TO app_user WITH GRANT OPTION;
GRANT INSERT ON users TO app_user;
GRANT REFERENCES (name) ON users TO admin_role WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE ticket_numbers TO app_user WITH GRANT OPTION;
