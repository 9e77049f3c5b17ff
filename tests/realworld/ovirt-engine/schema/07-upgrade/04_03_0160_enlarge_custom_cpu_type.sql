ALTER TABLE vm_static ALTER COLUMN custom_cpu_name TYPE varchar(255);
