SELECT fn_db_change_column_type('vds_dynamic','cpu_flags','VARCHAR','TEXT');
