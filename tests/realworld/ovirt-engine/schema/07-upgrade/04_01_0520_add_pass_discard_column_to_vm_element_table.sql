select fn_db_add_column('disk_vm_element', 'pass_discard', 'BOOLEAN NOT NULL DEFAULT FALSE');
