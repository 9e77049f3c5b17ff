CREATE TABLE featuregroup (id int);
CREATE TABLE audit (id int);
GRANT SELECT ON audit TO app_user;
