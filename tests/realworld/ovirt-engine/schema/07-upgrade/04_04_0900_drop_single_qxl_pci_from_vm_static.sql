SELECT fn_db_drop_column('vm_static', 'single_qxl_pci');
