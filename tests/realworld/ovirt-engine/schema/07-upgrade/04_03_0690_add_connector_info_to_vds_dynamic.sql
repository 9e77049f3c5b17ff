select fn_db_add_column('vds_dynamic', 'connector_info', 'JSONB');
