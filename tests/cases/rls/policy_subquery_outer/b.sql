-- A policy whose subquery compares the inner table's column with the outer (policy) table's: the outer
-- qualifier must stay, or `id` would read the inner table's column.
CREATE TABLE organizations (id int PRIMARY KEY, name text);
CREATE TABLE organization_memberships (id int PRIMARY KEY, organization_id int REFERENCES organizations, user_id int, is_owner boolean);
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY update_owner ON organizations FOR UPDATE USING (EXISTS (
  SELECT 1 FROM organization_memberships
  WHERE organization_memberships.organization_id = organizations.id AND organization_memberships.is_owner IS TRUE));
CREATE POLICY select_member ON organizations FOR SELECT USING (organizations.id IN (
  SELECT organization_id FROM organization_memberships WHERE user_id = 1));
