SELECT fn_db_add_column('vds_static', 'vgpu_placement', 'INTEGER DEFAULT 1 NOT NULL');
