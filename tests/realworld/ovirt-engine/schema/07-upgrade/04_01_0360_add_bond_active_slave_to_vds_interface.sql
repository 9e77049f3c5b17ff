SELECT fn_db_add_column('vds_interface', 'bond_active_slave', 'VARCHAR(50)');
