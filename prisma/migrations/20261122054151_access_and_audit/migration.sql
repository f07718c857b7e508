-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "orgUnitId" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInFailure_subject_occurredAt_idx" ON "SignInFailure"("subject", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_orgUnitId_occurredAt_idx" ON "AuditEvent"("orgUnitId", "occurredAt");
