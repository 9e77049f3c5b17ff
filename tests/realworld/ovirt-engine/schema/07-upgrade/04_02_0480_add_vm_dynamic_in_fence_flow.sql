select fn_db_add_column('vds_dynamic', 'in_fence_flow', 'boolean NOT NULL DEFAULT false');

