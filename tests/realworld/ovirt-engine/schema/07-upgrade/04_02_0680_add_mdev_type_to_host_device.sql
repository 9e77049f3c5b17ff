SELECT fn_db_add_column('host_device', 'mdev_types', 'TEXT');
