UPDATE sso_clients
SET notification_callback_protocol = 'TLS';
