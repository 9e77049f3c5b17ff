CREATE TABLE bookings (id int PRIMARY KEY);
