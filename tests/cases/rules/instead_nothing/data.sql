INSERT INTO audit_log VALUES (1, 'created'), (2, 'paid');
