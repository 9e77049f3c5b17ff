SELECT fn_db_add_column('gluster_volume_brick_details', 'confirmed_free_space', 'bigint default null');
