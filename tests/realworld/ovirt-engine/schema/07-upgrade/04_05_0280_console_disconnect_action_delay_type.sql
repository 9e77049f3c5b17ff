SELECT fn_db_change_column_type('vm_static', 'console_disconnect_action_delay', 'SMALLINT', 'INTEGER');
