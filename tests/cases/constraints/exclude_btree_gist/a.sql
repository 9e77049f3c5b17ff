-- EXCLUDE with btree_gist: no two bookings of one room may overlap.
CREATE TABLE bookings (id integer PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL);
