-- CreateEnum
CREATE TYPE "ValueImportStatus" AS ENUM ('PREVIEW', 'COMMITTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ValueImportRowStatus" AS ENUM ('NEW', 'CHANGED', 'UNCHANGED', 'INVALID');

-- CreateTable
CREATE TABLE "ValueImport" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "ValueImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "newCount" INTEGER NOT NULL,
    "changedCount" INTEGER NOT NULL,
    "unchangedCount" INTEGER NOT NULL,
    "invalidCount" INTEGER NOT NULL,
    "writtenCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ValueImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueImportRow" (
    "importId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "status" "ValueImportRowStatus" NOT NULL,
    "orgUnitCode" TEXT NOT NULL,
    "indicatorLabel" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "indicatorId" INTEGER,
    "granularity" "Periodicity",
    "year" INTEGER,
    "periodNumber" INTEGER,
    "expectedVersion" INTEGER,
    "outcome" DOUBLE PRECISION,
    "periodTarget" DOUBLE PRECISION,
    "annualTarget" DOUBLE PRECISION,
    "fullYearForecast" DOUBLE PRECISION,
    "comment" TEXT,
    "forecastChanged" BOOLEAN NOT NULL DEFAULT false,
    "changes" JSONB NOT NULL,
    "errors" JSONB NOT NULL,

    CONSTRAINT "ValueImportRow_pkey" PRIMARY KEY ("importId","rowNumber")
);

-- CreateIndex
CREATE INDEX "ValueImport_createdAt_idx" ON "ValueImport"("createdAt");

-- CreateIndex
CREATE INDEX "ValueImportRow_importId_status_rowNumber_idx" ON "ValueImportRow"("importId", "status", "rowNumber");

-- AddForeignKey
ALTER TABLE "ValueImport" ADD CONSTRAINT "ValueImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueImportRow" ADD CONSTRAINT "ValueImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ValueImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
