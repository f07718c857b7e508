-- Perspectives per city and year. A perspective keeps its identity (id, code) and gains the city
-- it belongs to, so goals, activities and report sections keep pointing at it unchanged, and what it
-- is called, its place and its description move to one row per year (PerspectiveYear).

-- CreateTable
CREATE TABLE "PerspectiveYear" (
    "id" SERIAL NOT NULL,
    "perspectiveId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PerspectiveYear_pkey" PRIMARY KEY ("id")
);

-- AlterTable: the city, filled below before it becomes required
ALTER TABLE "Perspective" ADD COLUMN "cityId" INTEGER,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Perspectives in a database without any unit: nothing can point at them (a goal, an activity
-- and a report all belong to a unit), and there is no city to give them. The first
-- administrator's creation makes the city and its default perspectives afresh.
DELETE FROM "Perspective" WHERE NOT EXISTS (SELECT 1 FROM "OrgUnit");

-- Every existing perspective belongs to the root unit (the first one, as the first
-- administrator's creation finds it).
UPDATE "Perspective"
SET "cityId" = (SELECT "id" FROM "OrgUnit" WHERE "parentId" IS NULL ORDER BY "id" LIMIT 1);

-- Each perspective is named and ordered as before in every year its goals, activities (through
-- their goal or their monthly status) and report sections use, and in the current year, so every
-- view of past years reads the same and this year's administration page is not empty.
INSERT INTO "PerspectiveYear" ("perspectiveId", "year", "name", "sortOrder", "updatedAt")
SELECT p."id", used."year", p."name", p."sortOrder", CURRENT_TIMESTAMP
FROM "Perspective" p
CROSS JOIN LATERAL (
    SELECT g."year" FROM "Goal" g WHERE g."perspectiveId" = p."id"
    UNION
    SELECT g."year" FROM "Activity" a JOIN "Goal" g ON g."id" = a."goalId" WHERE a."perspectiveId" = p."id"
    UNION
    SELECT u."year" FROM "ActivityUpdate" u JOIN "Activity" a ON a."id" = u."activityId" WHERE a."perspectiveId" = p."id"
    UNION
    SELECT r."year" FROM "ReportSection" s JOIN "Report" r ON r."id" = s."reportId" WHERE s."perspectiveId" = p."id"
    UNION
    SELECT CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER)
) AS used;

ALTER TABLE "Perspective" ALTER COLUMN "cityId" SET NOT NULL;

-- DropIndex
DROP INDEX "Perspective_code_key";

-- DropIndex
DROP INDEX "Perspective_name_key";

-- AlterTable
ALTER TABLE "Perspective" DROP COLUMN "name",
DROP COLUMN "sortOrder",
DROP COLUMN "version";

-- CreateIndex
CREATE INDEX "PerspectiveYear_year_idx" ON "PerspectiveYear"("year");

-- CreateIndex
CREATE UNIQUE INDEX "PerspectiveYear_perspectiveId_year_key" ON "PerspectiveYear"("perspectiveId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Perspective_cityId_code_key" ON "Perspective"("cityId", "code");

-- AddForeignKey
ALTER TABLE "Perspective" ADD CONSTRAINT "Perspective_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerspectiveYear" ADD CONSTRAINT "PerspectiveYear_perspectiveId_fkey" FOREIGN KEY ("perspectiveId") REFERENCES "Perspective"("id") ON DELETE CASCADE ON UPDATE CASCADE;
