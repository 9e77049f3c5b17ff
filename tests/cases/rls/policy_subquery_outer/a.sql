CREATE TABLE organizations (id int PRIMARY KEY, name text);
CREATE TABLE organization_memberships (id int PRIMARY KEY, organization_id int REFERENCES organizations, user_id int, is_owner boolean);
