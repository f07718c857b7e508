-- CreateEnum
CREATE TYPE "ValueImportKind" AS ENUM ('VALUES', 'ORG_UNITS');

-- AlterTable
ALTER TABLE "ValueImport" ADD COLUMN     "kind" "ValueImportKind" NOT NULL DEFAULT 'VALUES',
ADD COLUMN     "treeVersion" TEXT;

-- AlterTable
ALTER TABLE "ValueImportRow" ADD COLUMN     "orgUnit" JSONB,
ALTER COLUMN "indicatorLabel" DROP NOT NULL,
ALTER COLUMN "period" DROP NOT NULL;
