SELECT fn_db_drop_column('luns', 'discard_zeroes_data');
