SELECT fn_db_add_column('gluster_volume_details', 'confirmed_free_space', 'bigint default null');
