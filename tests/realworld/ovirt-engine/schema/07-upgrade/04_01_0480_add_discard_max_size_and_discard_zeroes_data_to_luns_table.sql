select fn_db_add_column('luns', 'discard_max_size', 'BIGINT');
select fn_db_add_column('luns', 'discard_zeroes_data', 'BOOLEAN');
