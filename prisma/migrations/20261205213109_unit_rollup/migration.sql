-- CreateEnum
CREATE TYPE "UnitRollup" AS ENUM ('SUM', 'AVERAGE', 'LIST');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "unitRollup" "UnitRollup" NOT NULL DEFAULT 'AVERAGE';

-- Existing indicators get the default of their unit of measure (defaultUnitRollup in
-- @lagesbild/types): volumes and money add up, survey indexes are listed, rates are averaged
UPDATE "Indicator" SET "unitRollup" = 'SUM'
WHERE "cumulative" OR "unit" IN ('TKR', 'MNKR', 'COUNT', 'FTE', 'TERABYTE');
UPDATE "Indicator" SET "unitRollup" = 'LIST'
WHERE NOT "cumulative" AND "unit" = 'INDEX';
