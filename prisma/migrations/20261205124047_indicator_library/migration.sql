-- CreateEnum
CREATE TYPE "ThresholdKind" AS ENUM ('RELATIVE', 'ABSOLUTE');

-- AlterEnum
ALTER TYPE "IndicatorUnit" ADD VALUE 'DAYS';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "dataSource" TEXT,
ADD COLUMN     "externalCode" TEXT,
ADD COLUMN     "ownerId" INTEGER,
ADD COLUMN     "redThreshold" DOUBLE PRECISION,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "thresholdKind" "ThresholdKind" NOT NULL DEFAULT 'RELATIVE',
ADD COLUMN     "yellowThreshold" DOUBLE PRECISION;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
