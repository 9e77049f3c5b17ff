SELECT fn_db_drop_column('base_disks', 'alignment');
SELECT fn_db_drop_column('base_disks', 'last_alignment_scan');
