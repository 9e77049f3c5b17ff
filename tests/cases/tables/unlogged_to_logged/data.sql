INSERT INTO job_queue (id, payload) VALUES (1, 'send-receipt'), (2, 'charge-card');
