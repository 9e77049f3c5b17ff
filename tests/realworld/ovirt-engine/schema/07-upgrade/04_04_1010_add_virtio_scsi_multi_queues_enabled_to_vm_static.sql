select fn_db_add_column('vm_static', 'virtio_scsi_multi_queues_enabled', 'BOOLEAN NOT NULL DEFAULT FALSE');
