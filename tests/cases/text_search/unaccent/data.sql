INSERT INTO places VALUES (1, 'Hôtel de Ville'), (2, 'Crème brûlée café');
