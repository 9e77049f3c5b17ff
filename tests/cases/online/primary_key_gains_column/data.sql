INSERT INTO datasets (id, project_id, name) VALUES ('d1', 'p1', 'one'), ('d2', 'p1', 'two'), ('d3', 'p2', 'one');
INSERT INTO dataset_items (id, project_id, dataset_id) VALUES ('i1', 'p1', 'd1'), ('i2', 'p1', 'd2'), ('i3', 'p2', 'd3');
