SELECT fn_db_drop_column('vm_static','dedicated_vm_for_vds');
