UPDATE cluster
SET migration_policy_id = '80554327-0569-496b-bdeb-fcbbf52b827b'
WHERE compatibility_version <> '3.6';
