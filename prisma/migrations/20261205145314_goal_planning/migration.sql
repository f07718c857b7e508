-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "ownerId" INTEGER,
ADD COLUMN     "ownerName" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "startDate" DATE;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
