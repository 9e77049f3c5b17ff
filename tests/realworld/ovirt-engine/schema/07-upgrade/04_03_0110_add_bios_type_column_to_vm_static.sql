SELECT fn_db_add_column('vm_static', 'bios_type', 'integer not null default 0');
