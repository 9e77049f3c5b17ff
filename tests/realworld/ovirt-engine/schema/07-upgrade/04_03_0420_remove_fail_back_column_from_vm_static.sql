SELECT fn_db_drop_column('vm_static', 'fail_back');
