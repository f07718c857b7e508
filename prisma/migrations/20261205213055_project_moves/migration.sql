-- CreateTable
CREATE TABLE "ProjectMove" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "fromPortfolioId" INTEGER NOT NULL,
    "toPortfolioId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "movedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "ProjectMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectMove_projectId_movedOn_idx" ON "ProjectMove"("projectId", "movedOn");

-- AddForeignKey
ALTER TABLE "ProjectMove" ADD CONSTRAINT "ProjectMove_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMove" ADD CONSTRAINT "ProjectMove_fromPortfolioId_fkey" FOREIGN KEY ("fromPortfolioId") REFERENCES "Portfolio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMove" ADD CONSTRAINT "ProjectMove_toPortfolioId_fkey" FOREIGN KEY ("toPortfolioId") REFERENCES "Portfolio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMove" ADD CONSTRAINT "ProjectMove_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
