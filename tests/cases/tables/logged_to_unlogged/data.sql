INSERT INTO rate_limits (key, hits, window_start) VALUES ('ip:10.0.0.1', 3, '2025-01-01 00:00:00+00'), ('ip:10.0.0.2', 7, '2025-01-01 00:01:00+00');
