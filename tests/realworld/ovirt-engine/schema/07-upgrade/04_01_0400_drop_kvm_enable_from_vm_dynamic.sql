SELECT fn_db_drop_column('vm_dynamic', 'kvm_enable');
