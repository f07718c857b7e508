-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "ownerUserId" INTEGER;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "forecastTkr" DOUBLE PRECISION,
ADD COLUMN     "managerUserId" INTEGER,
ADD COLUMN     "ownerUserId" INTEGER;

-- AlterTable
ALTER TABLE "StatusDeviation" ADD COLUMN     "actionOwnerUserId" INTEGER;

-- CreateIndex
CREATE INDEX "Project_ownerUserId_idx" ON "Project"("ownerUserId");

-- CreateIndex
CREATE INDEX "Project_managerUserId_idx" ON "Project"("managerUserId");

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_managerUserId_fkey" FOREIGN KEY ("managerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusDeviation" ADD CONSTRAINT "StatusDeviation_actionOwnerUserId_fkey" FOREIGN KEY ("actionOwnerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Link the names written so far to the accounts whose display name is exactly that name,
-- only where one account has it (two accounts of one name could be either person)
UPDATE "Portfolio" p SET "ownerUserId" = u."id"
FROM "User" u
WHERE u."name" = p."owner"
  AND (SELECT count(*) FROM "User" same WHERE same."name" = p."owner") = 1;

UPDATE "Project" p SET "ownerUserId" = u."id"
FROM "User" u
WHERE u."name" = p."owner"
  AND (SELECT count(*) FROM "User" same WHERE same."name" = p."owner") = 1;

UPDATE "Project" p SET "managerUserId" = u."id"
FROM "User" u
WHERE u."name" = p."manager"
  AND (SELECT count(*) FROM "User" same WHERE same."name" = p."manager") = 1;

UPDATE "StatusDeviation" d SET "actionOwnerUserId" = u."id"
FROM "User" u
WHERE u."name" = d."actionOwner"
  AND (SELECT count(*) FROM "User" same WHERE same."name" = d."actionOwner") = 1;
