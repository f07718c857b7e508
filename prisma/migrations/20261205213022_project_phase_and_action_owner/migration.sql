-- CreateEnum
CREATE TYPE "ProjectPhase" AS ENUM ('INITIATION', 'PLANNING', 'EXECUTION', 'CLOSURE');

-- AlterTable
ALTER TABLE "Portfolio" ADD COLUMN     "owner" TEXT;

-- The phase was free text: map the project models' words onto the fixed list (a pre-study
-- is part of initiation, "planering och beredning" is planning) and leave the rest empty
-- rather than guess.
ALTER TABLE "Project" ADD COLUMN "phaseOfList" "ProjectPhase";

UPDATE "Project" SET "phaseOfList" = CASE
  WHEN lower(trim("phase")) IN ('initiering', 'förstudie', 'forstudie', 'initiation', 'idé', 'ide') THEN 'INITIATION'::"ProjectPhase"
  WHEN lower(trim("phase")) LIKE 'planering%' OR lower(trim("phase")) IN ('beredning', 'planning') THEN 'PLANNING'::"ProjectPhase"
  WHEN lower(trim("phase")) IN ('genomförande', 'genomforande', 'execution', 'införande', 'realisering') THEN 'EXECUTION'::"ProjectPhase"
  WHEN lower(trim("phase")) IN ('avslut', 'avslutning', 'closure', 'överlämning') THEN 'CLOSURE'::"ProjectPhase"
  ELSE NULL
END;

ALTER TABLE "Project" DROP COLUMN "phase";

ALTER TABLE "Project" RENAME COLUMN "phaseOfList" TO "phase";

-- AlterTable
ALTER TABLE "StatusDeviation" ADD COLUMN     "actionDueDate" DATE,
ADD COLUMN     "actionOwner" TEXT;
