select fn_db_add_column('vds_interface', 'ipv4_default_route', 'BOOLEAN NOT NULL DEFAULT FALSE');
