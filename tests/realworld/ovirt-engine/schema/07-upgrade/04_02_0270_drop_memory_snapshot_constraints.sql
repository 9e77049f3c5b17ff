SELECT fn_db_drop_constraint('snapshots','fk_snapshots_metadata_disk_id');
SELECT fn_db_drop_constraint('snapshots','fk_snapshots_dump_disk_id');
