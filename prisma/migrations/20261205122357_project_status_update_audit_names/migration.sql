-- The project status report is now called the project status update in code (the model
-- ProjectStatusUpdate, still stored in the table "ProjectStatusReport"). The audit log names a
-- record by its model and its fields by their Prisma names, so earlier events are renamed to
-- match: a project's history and the log's type filter then find the old events with the new.
UPDATE "AuditEvent"
SET "entityType" = 'ProjectStatusUpdate',
    "changes" = CASE
      WHEN "changes" -> 'reportDate' IS NULL THEN "changes"
      ELSE ("changes" - 'reportDate') || jsonb_build_object('statusDate', "changes" -> 'reportDate')
    END
WHERE "entityType" = 'ProjectStatusReport';

UPDATE "AuditEvent"
SET "changes" = ("changes" - 'reportId') || jsonb_build_object('statusUpdateId', "changes" -> 'reportId')
WHERE "entityType" = 'StatusDeviation' AND "changes" -> 'reportId' IS NOT NULL;

UPDATE "AuditEvent"
SET "changes" = ("changes" - 'reportingIntervalWeeks')
  || jsonb_build_object('statusUpdateIntervalWeeks', "changes" -> 'reportingIntervalWeeks')
WHERE "entityType" = 'Portfolio' AND "changes" -> 'reportingIntervalWeeks' IS NOT NULL;
