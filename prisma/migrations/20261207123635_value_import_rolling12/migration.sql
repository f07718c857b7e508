-- A value import's preview keeps each row's rolling twelve months (R12) for its commit, as it
-- keeps the other figures.
-- AlterTable
ALTER TABLE "ValueImportRow" ADD COLUMN     "rolling12" DOUBLE PRECISION;
