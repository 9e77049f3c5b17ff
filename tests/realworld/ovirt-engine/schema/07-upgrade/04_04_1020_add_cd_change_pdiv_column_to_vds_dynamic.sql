select fn_db_add_column('vds_dynamic', 'cd_change_pdiv', 'BOOLEAN NOT NULL DEFAULT FALSE');
