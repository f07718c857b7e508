-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "previousActivityId" INTEGER;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "previousGoalId" INTEGER;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "isTargetProposal" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "decisionDate" DATE,
    "caseNumber" TEXT,
    "rolledOverFromYear" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "adoptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "adoptedById" INTEGER,
    "decisionDate" DATE NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_orgUnitId_year_key" ON "Plan"("orgUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanRevision_planId_number_key" ON "PlanRevision"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_previousActivityId_key" ON "Activity"("previousActivityId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_previousGoalId_key" ON "Goal"("previousGoalId");

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_previousGoalId_fkey" FOREIGN KEY ("previousGoalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_previousActivityId_fkey" FOREIGN KEY ("previousActivityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;
