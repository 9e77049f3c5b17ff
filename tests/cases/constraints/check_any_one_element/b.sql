CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE tickets (
  id integer PRIMARY KEY,
  state text NOT NULL,
  priority integer NOT NULL,
  m mood,
  CONSTRAINT state_priority CHECK (
    (state = ANY (ARRAY['active', 'pending']) AND priority >= ALL (ARRAY[1, 2])) OR
    (state = ALL (ARRAY['inactive']) AND priority = ANY (ARRAY[0]))
  ),
  CONSTRAINT one_in CHECK (priority IN (7) OR priority <> ALL (ARRAY[8])),
  CONSTRAINT mood_one CHECK (m = ANY (ARRAY['happy'::mood]))
);
