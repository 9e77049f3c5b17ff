UPDATE vm_static
SET num_of_io_threads = 1
WHERE vm_guid = '00000000-0000-0000-0000-000000000000';
