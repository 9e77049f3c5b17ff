-- reverse: modify "addons" table
ALTER TABLE "addons" DROP COLUMN "instance_type";
