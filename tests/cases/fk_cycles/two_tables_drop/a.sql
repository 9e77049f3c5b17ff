-- A two-table cycle is dropped: keys first (or CASCADE-free ordering), then the tables.
CREATE TABLE departments (id integer PRIMARY KEY, name text NOT NULL, manager_id integer);
CREATE TABLE employees (id integer PRIMARY KEY, department_id integer NOT NULL REFERENCES departments (id));
ALTER TABLE departments ADD CONSTRAINT departments_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE kept (id integer PRIMARY KEY);
