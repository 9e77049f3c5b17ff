select fn_db_add_column('vnic_profiles', 'migratable', 'BOOLEAN DEFAULT FALSE NOT NULL');
