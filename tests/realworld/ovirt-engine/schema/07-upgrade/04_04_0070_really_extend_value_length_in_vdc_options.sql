SELECT fn_db_change_column_type('vdc_options', 'default_value', 'VARCHAR', 'TEXT');
SELECT fn_db_change_column_type('vdc_options', 'option_value', 'VARCHAR', 'TEXT');
