SELECT fn_db_drop_column('vm_device', 'boot_order');
