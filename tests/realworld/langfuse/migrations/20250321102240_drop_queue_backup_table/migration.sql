-- DropTable
DROP TABLE "queue_backups";
