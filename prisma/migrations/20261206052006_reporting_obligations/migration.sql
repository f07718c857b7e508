-- AlterTable
ALTER TABLE "ActivityUpdate" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "AssignmentUpdate" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "GoalAssessment" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "outcomeReportedAt" TIMESTAMP(3);

-- Backfill: a row written before these columns was first reported no later than its first audited
-- write, else its last change (the demo data and rows written around the audit log).
UPDATE "GoalAssessment" r SET "createdAt" = COALESCE(
  (SELECT min(e."occurredAt") FROM "AuditEvent" e WHERE e."entityType" = 'GoalAssessment' AND e."entityId" = r."id"::text),
  r."updatedAt");

UPDATE "ActivityUpdate" r SET "createdAt" = COALESCE(
  (SELECT min(e."occurredAt") FROM "AuditEvent" e WHERE e."entityType" = 'ActivityUpdate' AND e."entityId" = r."id"::text),
  r."updatedAt");

UPDATE "AssignmentUpdate" r SET "createdAt" = COALESCE(
  (SELECT min(e."occurredAt") FROM "AuditEvent" e WHERE e."entityType" = 'AssignmentUpdate' AND e."entityId" = r."id"::text),
  r."updatedAt");

UPDATE "IndicatorValue" r SET "outcomeReportedAt" = COALESCE(
  (SELECT min(e."occurredAt") FROM "AuditEvent" e
    WHERE e."entityType" = 'IndicatorValue' AND e."entityId" = r."id"::text AND e."changes" -> 'outcome' IS NOT NULL),
  r."updatedAt")
WHERE r."outcome" IS NOT NULL;
