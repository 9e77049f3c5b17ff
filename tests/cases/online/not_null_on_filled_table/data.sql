INSERT INTO accounts (id, email, plan, created_at) VALUES
  (1, 'ada@example.com', 'pro', '2024-01-01 00:00:00+00'),
  (2, 'grace@example.com', 'free', NULL);
