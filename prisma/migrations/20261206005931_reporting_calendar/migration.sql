-- CreateEnum
CREATE TYPE "ReportingPeriodKind" AS ENUM ('MONTH', 'TERTIAL', 'INTERIM', 'ANNUAL');

-- CreateEnum
CREATE TYPE "ReportingPeriodStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "ReportingCalendar" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "workingDaysAfterPeriodEnd" INTEGER NOT NULL DEFAULT 8,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "calendarId" INTEGER NOT NULL,
    "kind" "ReportingPeriodKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "deadlineMoved" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReportingPeriodStatus" NOT NULL DEFAULT 'OPEN',
    "statusReason" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingLevelDeadline" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "level" "OrgUnitKind" NOT NULL,
    "deadline" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingLevelDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodCorrection" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "orgUnitId" INTEGER,
    "entityType" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportingCalendar_orgUnitId_year_key" ON "ReportingCalendar"("orgUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_calendarId_kind_number_key" ON "ReportingPeriod"("calendarId", "kind", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingLevelDeadline_periodId_level_key" ON "ReportingLevelDeadline"("periodId", "level");

-- CreateIndex
CREATE INDEX "PeriodCorrection_periodId_idx" ON "PeriodCorrection"("periodId");

-- AddForeignKey
ALTER TABLE "ReportingCalendar" ADD CONSTRAINT "ReportingCalendar_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "ReportingCalendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingLevelDeadline" ADD CONSTRAINT "ReportingLevelDeadline_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodCorrection" ADD CONSTRAINT "PeriodCorrection_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
