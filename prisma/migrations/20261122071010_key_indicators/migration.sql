-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "isKey" BOOLEAN NOT NULL DEFAULT false;
