INSERT INTO events VALUES (1, 'click', '2024-01-01 10:00+00'), (2, 'debug', '2024-01-01 11:00+00'), (3, 'click', '2024-01-02 09:00+00');
