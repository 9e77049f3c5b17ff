SELECT fn_db_drop_column('user_profiles', 'user_portal_vm_auto_login');

