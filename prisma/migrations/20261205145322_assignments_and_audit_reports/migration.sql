-- CreateEnum
CREATE TYPE "AuditActionStatus" AS ENUM ('NOT_STARTED', 'ONGOING', 'DONE');

-- AlterEnum
-- COMPLETE always meant "fullgjort", which only the giver's decision declares: it becomes
-- DECLARED_COMPLETE (rows keep their status, and their decision's date and case number were never
-- recorded, so they stay empty). Renaming keeps every row, unlike recreating the type.
ALTER TYPE "AssignmentStatus" RENAME VALUE 'COMPLETE' TO 'DECLARED_COMPLETE';

-- Approved reports froze the statuses they showed, so the renamed status is renamed in them too,
-- so an old report still reads (the activity status COMPLETED is a different word and untouched).
UPDATE "Report"
SET "snapshot" = regexp_replace("snapshot"::text, '"(status|previous|current)": "COMPLETE"', '"\1": "DECLARED_COMPLETE"', 'g')::jsonb
WHERE "snapshot" IS NOT NULL AND "snapshot"::text ~ '"(status|previous|current)": "COMPLETE"';

-- DropIndex
DROP INDEX "Assignment_orgUnitId_idx";

-- AlterTable
-- The plan year an existing assignment was given in is not recorded: the year of its first
-- status report stands for it (the year it was first followed up), else its deadline's, else
-- the year it was written.
ALTER TABLE "Assignment" ADD COLUMN     "year" INTEGER;
UPDATE "Assignment" a SET "year" = COALESCE(
  (SELECT MIN(u."year") FROM "AssignmentUpdate" u WHERE u."assignmentId" = a."id"),
  EXTRACT(YEAR FROM a."deadline")::INTEGER,
  EXTRACT(YEAR FROM a."createdAt")::INTEGER
);
ALTER TABLE "Assignment" ALTER COLUMN "year" SET NOT NULL;

-- AlterTable
ALTER TABLE "AssignmentUpdate" ADD COLUMN     "decisionCaseNumber" TEXT,
ADD COLUMN     "decisionDate" DATE;

-- CreateTable
CREATE TABLE "AuditReport" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "auditor" TEXT NOT NULL,
    "reportDate" DATE NOT NULL,
    "caseNumber" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecommendation" (
    "id" SERIAL NOT NULL,
    "auditReportId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "recommendation" TEXT NOT NULL,
    "action" TEXT,
    "ownerUserId" INTEGER,
    "ownerName" TEXT,
    "dueDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditActionUpdate" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "AuditActionStatus" NOT NULL,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "AuditActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditReport_orgUnitId_year_idx" ON "AuditReport"("orgUnitId", "year");

-- CreateIndex
CREATE INDEX "AuditRecommendation_auditReportId_idx" ON "AuditRecommendation"("auditReportId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditActionUpdate_recommendationId_year_month_key" ON "AuditActionUpdate"("recommendationId", "year", "month");

-- CreateIndex
CREATE INDEX "Assignment_orgUnitId_year_idx" ON "Assignment"("orgUnitId", "year");

-- AddForeignKey
ALTER TABLE "AuditReport" ADD CONSTRAINT "AuditReport_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRecommendation" ADD CONSTRAINT "AuditRecommendation_auditReportId_fkey" FOREIGN KEY ("auditReportId") REFERENCES "AuditReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRecommendation" ADD CONSTRAINT "AuditRecommendation_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditActionUpdate" ADD CONSTRAINT "AuditActionUpdate_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "AuditRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditActionUpdate" ADD CONSTRAINT "AuditActionUpdate_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
