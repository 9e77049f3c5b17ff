SELECT fn_db_drop_column('snapshots', 'memory_volume');
