UPDATE sso_clients
SET scope = scope || ' openid';
