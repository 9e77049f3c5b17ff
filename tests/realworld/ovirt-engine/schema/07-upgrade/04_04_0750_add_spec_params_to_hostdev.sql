select fn_db_add_column('host_device', 'hostdev_spec_params', 'TEXT DEFAULT NULL');
