-- CreateEnum
CREATE TYPE "ReminderFrequency" AS ENUM ('DAILY', 'WEEKLY', 'NONE');

-- CreateEnum
CREATE TYPE "ReminderMailKind" AS ENUM ('DAILY_REMINDER', 'WEEKLY_DIGEST');

-- CreateEnum
CREATE TYPE "ReminderMailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ReminderReason" AS ENUM ('BEFORE_DEADLINE', 'AFTER_DEADLINE', 'RED_INDICATOR');

-- CreateTable
CREATE TABLE "ReminderPreference" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "frequency" "ReminderFrequency" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderMail" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "ReminderMailKind" NOT NULL,
    "occasion" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "status" "ReminderMailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderMailItem" (
    "id" SERIAL NOT NULL,
    "mailId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "reason" "ReminderReason" NOT NULL,
    "obligationKey" TEXT NOT NULL,

    CONSTRAINT "ReminderMailItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderPreference_userId_key" ON "ReminderPreference"("userId");

-- CreateIndex
CREATE INDEX "ReminderMail_status_nextAttemptAt_idx" ON "ReminderMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "ReminderMail_createdAt_idx" ON "ReminderMail"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderMail_userId_kind_occasion_key" ON "ReminderMail"("userId", "kind", "occasion");

-- CreateIndex
CREATE INDEX "ReminderMailItem_mailId_idx" ON "ReminderMailItem"("mailId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderMailItem_userId_reason_obligationKey_key" ON "ReminderMailItem"("userId", "reason", "obligationKey");

-- AddForeignKey
ALTER TABLE "ReminderPreference" ADD CONSTRAINT "ReminderPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderMail" ADD CONSTRAINT "ReminderMail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderMailItem" ADD CONSTRAINT "ReminderMailItem_mailId_fkey" FOREIGN KEY ("mailId") REFERENCES "ReminderMail"("id") ON DELETE CASCADE ON UPDATE CASCADE;
