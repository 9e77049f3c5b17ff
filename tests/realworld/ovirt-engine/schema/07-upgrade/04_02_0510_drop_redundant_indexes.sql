SELECT fn_db_drop_index('idx_vm_ovf_generations_vm_guid');
SELECT fn_db_drop_index('idx_engine_backup_log');
SELECT fn_db_drop_index('idx_event_notification_hist_audit_log_id');
SELECT fn_db_drop_index('idx_supported_cluster_features');

