SELECT fn_db_add_column('vm_backup_disk_map', 'disk_snapshot_id', 'UUID DEFAULT NULL')
;
