CREATE EXTENSION "uuid-ossp";
