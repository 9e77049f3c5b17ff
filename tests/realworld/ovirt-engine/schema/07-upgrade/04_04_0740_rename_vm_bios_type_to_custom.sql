SELECT fn_db_rename_column('vm_static', 'bios_type', 'custom_bios_type');
