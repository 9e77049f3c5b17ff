-- Written for this corpus (not part of graphile/starter): the cluster-wide roles that data/schema.sql grants to.
-- In the starter they are created by its setup script (DATABASE_OWNER and DATABASE_VISITOR, named after the
-- database, here "graphile_starter"). Idempotent.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'graphile_starter') THEN
    CREATE ROLE graphile_starter;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'graphile_starter_visitor') THEN
    CREATE ROLE graphile_starter_visitor;
  END IF;
END $$;
