-- CreateEnum
CREATE TYPE "ProjectLineageKind" AS ENUM ('SPLIT', 'MERGE');

-- CreateTable
CREATE TABLE "ProjectLineage" (
    "id" SERIAL NOT NULL,
    "originId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "kind" "ProjectLineageKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "ProjectLineage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectLineage_successorId_idx" ON "ProjectLineage"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectLineage_originId_successorId_key" ON "ProjectLineage"("originId", "successorId");

-- AddForeignKey
ALTER TABLE "ProjectLineage" ADD CONSTRAINT "ProjectLineage_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLineage" ADD CONSTRAINT "ProjectLineage_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLineage" ADD CONSTRAINT "ProjectLineage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
