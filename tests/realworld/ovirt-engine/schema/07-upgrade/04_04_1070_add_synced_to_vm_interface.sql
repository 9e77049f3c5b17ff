SELECT fn_db_add_column('vm_interface', 'synced', 'BOOLEAN default TRUE');
