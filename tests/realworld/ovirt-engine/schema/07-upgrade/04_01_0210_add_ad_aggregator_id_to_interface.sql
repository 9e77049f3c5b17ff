SELECT fn_db_add_column('vds_interface', 'ad_aggregator_id', 'integer');

