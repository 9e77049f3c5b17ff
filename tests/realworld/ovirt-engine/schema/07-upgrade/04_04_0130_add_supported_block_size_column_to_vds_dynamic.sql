select fn_db_add_column('vds_dynamic', 'supported_block_size', 'JSONB NULL');
