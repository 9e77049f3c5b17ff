delete from audit_log where log_type in (10905, 10906, 10907, 10908, 10909);

