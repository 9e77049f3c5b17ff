SELECT fn_db_drop_column('vds_static', 'openstack_network_provider_id');
