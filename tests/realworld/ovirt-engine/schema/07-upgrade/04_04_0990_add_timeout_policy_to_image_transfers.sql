SELECT fn_db_add_column('image_transfers', 'timeout_policy', 'VARCHAR(10) NOT NULL DEFAULT ''legacy''');
