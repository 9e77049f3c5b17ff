INSERT INTO tickets (title) VALUES ('t1'), ('t2'), ('t3');
INSERT INTO replies (ticket_id, body) VALUES (1, 'r1'), (1, 'r2'), (3, 'r3');
