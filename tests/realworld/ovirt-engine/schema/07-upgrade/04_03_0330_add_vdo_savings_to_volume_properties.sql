SELECT fn_db_add_column('gluster_volume_details', 'vdo_savings', 'integer default null');
