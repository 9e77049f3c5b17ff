select fn_db_add_column('snapshots', 'vm_configuration_broken', 'BOOLEAN DEFAULT FALSE NOT NULL');
