SELECT fn_db_add_column('vds_dynamic', 'clear_bitmaps_enabled', 'BOOLEAN NOT NULL DEFAULT FALSE');
