-- AlterTable
ALTER TABLE "ForecastRound" ADD COLUMN     "isDemoValue" BOOLEAN NOT NULL DEFAULT false;
