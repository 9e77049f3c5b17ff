CREATE TABLE dataelement (id int, code varchar(50));
