INSERT INTO café (id, crème) VALUES (1, 'brûlée'), (2, 'fraîche');
