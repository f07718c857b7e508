-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "validFrom" DATE,
ADD COLUMN     "validTo" DATE;

-- CreateTable
CREATE TABLE "OrgUnitVersion" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgUnitVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnitVersion_orgUnitId_validFrom_key" ON "OrgUnitVersion"("orgUnitId", "validFrom");

-- AddForeignKey
ALTER TABLE "OrgUnitVersion" ADD CONSTRAINT "OrgUnitVersion_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnitVersion" ADD CONSTRAINT "OrgUnitVersion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each existing unit's name and place so far, as its first version: from its first day, or,
-- since it existed before anything was recorded here, from the first day of the first year the
-- app handles (BEFORE_RECORDS in @lagesbild/types), so a rename can be dated any day after it.
INSERT INTO "OrgUnitVersion" ("orgUnitId", "validFrom", "name", "parentId")
SELECT "id", COALESCE("validFrom", DATE '1900-01-01'), "name", "parentId" FROM "OrgUnit";
