-- AlterTable
ALTER TABLE "ControlResult" ADD COLUMN     "isDemoValue" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "riskScaleMax" INTEGER;

-- The risk scale is 1 to 4 or 1 to 5, and only the root unit (the municipality) sets it
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_riskScaleMax_four_or_five" CHECK (
  "riskScaleMax" IS NULL OR ("riskScaleMax" IN (4, 5) AND "parentId" IS NULL)
);
