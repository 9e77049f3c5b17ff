SELECT fn_db_change_column_type('vm_dynamic', 'guest_cur_user_name', 'VARCHAR', 'TEXT');
