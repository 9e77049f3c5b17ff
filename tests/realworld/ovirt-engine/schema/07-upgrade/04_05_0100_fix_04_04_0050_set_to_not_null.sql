SELECT fn_db_change_column_null('vdc_options', 'default_value', false, 'text');
SELECT fn_db_change_column_null('vdc_options', 'option_value', false, 'text');
