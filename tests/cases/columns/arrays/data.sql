INSERT INTO posts (id, tags, reader_ids) VALUES (1, '{news,tech}', '{1,2,3}'), (2, NULL, '{}');
