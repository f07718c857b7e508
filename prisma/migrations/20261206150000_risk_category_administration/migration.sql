-- Risk categories kept by the administrators in the app: a retired category stays with its
-- risks, and a version detects concurrent edits.
ALTER TABLE "RiskCategory" ADD COLUMN "retiredAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
