-- CreateEnum
CREATE TYPE "LevelAggregation" AS ENUM ('LATEST', 'AVERAGE');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "levelAggregation" "LevelAggregation" NOT NULL DEFAULT 'LATEST';
