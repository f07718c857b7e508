-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('CITY', 'COMMITTEE', 'BUSINESS_AREA', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "GoalLevel" AS ENUM ('COUNCIL', 'COMMITTEE');

-- CreateEnum
CREATE TYPE "GoalFulfilment" AS ENUM ('FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "Periodicity" AS ENUM ('YEAR', 'TERTIAL', 'MONTH');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'ON_TARGET');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'COUNT', 'TKR', 'MNKR', 'INDEX', 'FTE', 'TERABYTE');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('PERFORMANCE', 'FINANCIAL');

-- CreateEnum
CREATE TYPE "ValueStatus" AS ENUM ('GREEN', 'YELLOW', 'RED', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('NOT_STARTED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AssignmentSource" AS ENUM ('COUNCIL_BUDGET', 'COUNCIL_OTHER', 'EXECUTIVE_BOARD');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('NOT_STARTED', 'ONGOING', 'COMPLETE', 'PROPOSED_COMPLETE');

-- CreateEnum
CREATE TYPE "MitigationStatus" AS ENUM ('PLANNED', 'ONGOING', 'DONE');

-- CreateEnum
CREATE TYPE "ControlOutcome" AS ENUM ('OK', 'DEVIATION');

-- CreateEnum
CREATE TYPE "ProjectState" AS ENUM ('NOT_STARTED', 'STARTED', 'PAUSED', 'CLOSED', 'WILL_NOT_START');

-- CreateEnum
CREATE TYPE "RagStatus" AS ENUM ('GREEN', 'YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "StatusDimension" AS ENUM ('TIME', 'COST', 'RESULT');

-- CreateEnum
CREATE TYPE "ReportType" AS ENUM ('MONTHLY', 'INTERIM_MARCH', 'INTERIM_AUGUST', 'ANNUAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ReportSectionKind" AS ENUM ('SUMMARY', 'PERSPECTIVE', 'ACTIVITIES', 'ASSIGNMENTS', 'ECONOMY', 'PORTFOLIO', 'RISKS');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'ANALYST', 'PORTFOLIO_OFFICE', 'ADMIN');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrgUnitKind" NOT NULL,
    "parentId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Perspective" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Perspective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "level" "GoalLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "perspectiveId" INTEGER NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalLink" (
    "parentId" INTEGER NOT NULL,
    "childId" INTEGER NOT NULL,

    CONSTRAINT "GoalLink_pkey" PRIMARY KEY ("parentId","childId")
);

-- CreateTable
CREATE TABLE "GoalAssessment" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "fulfilment" "GoalFulfilment" NOT NULL,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "GoalAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "orgUnitId" INTEGER NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "periodicity" "Periodicity" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "cumulative" BOOLEAN NOT NULL DEFAULT false,
    "kind" "IndicatorKind" NOT NULL DEFAULT 'PERFORMANCE',
    "yellowTolerance" DOUBLE PRECISION NOT NULL DEFAULT 0.05,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalIndicator" (
    "goalId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,

    CONSTRAINT "GoalIndicator_pkey" PRIMARY KEY ("goalId","indicatorId")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "granularity" "Periodicity" NOT NULL,
    "year" INTEGER NOT NULL,
    "periodNumber" INTEGER NOT NULL,
    "outcome" DOUBLE PRECISION,
    "periodTarget" DOUBLE PRECISION,
    "fullYearForecast" DOUBLE PRECISION,
    "annualTarget" DOUBLE PRECISION,
    "rolling12" DOUBLE PRECISION,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "comment" TEXT,
    "statusOverride" "ValueStatus",
    "statusOverrideReason" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "orgUnitId" INTEGER NOT NULL,
    "perspectiveId" INTEGER NOT NULL,
    "goalId" INTEGER,
    "endDate" DATE,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityUpdate" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ActivityUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "source" "AssignmentSource" NOT NULL,
    "caseNumber" TEXT,
    "title" TEXT NOT NULL,
    "deadline" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentUpdate" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "AssignmentStatus" NOT NULL,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "AssignmentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RiskCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Risk" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "owner" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskValuation" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "valuedOn" DATE NOT NULL,
    "probability" INTEGER NOT NULL,
    "consequence" INTEGER NOT NULL,
    "reasoning" TEXT,
    "isDemoValue" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "RiskValuation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mitigation" (
    "id" SERIAL NOT NULL,
    "riskId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "responsible" TEXT,
    "dueDate" DATE,
    "status" "MitigationStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mitigation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternalControl" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "riskId" INTEGER,
    "title" TEXT NOT NULL,
    "method" TEXT,
    "frequency" TEXT,
    "performedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InternalControl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlResult" (
    "id" SERIAL NOT NULL,
    "controlId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "performed" BOOLEAN NOT NULL,
    "outcome" "ControlOutcome",
    "description" TEXT,
    "followUpAction" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Portfolio" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "reportingIntervalWeeks" INTEGER NOT NULL DEFAULT 5,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Portfolio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortfolioPeriodStatus" (
    "id" SERIAL NOT NULL,
    "portfolioId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "narrative" TEXT NOT NULL,
    "changes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "PortfolioPeriodStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "portfolioId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "owner" TEXT,
    "manager" TEXT,
    "phase" TEXT,
    "state" "ProjectState" NOT NULL DEFAULT 'NOT_STARTED',
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "pausedUntil" DATE,
    "budgetTkr" DOUBLE PRECISION,
    "costToDateTkr" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStateChange" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "fromState" "ProjectState",
    "toState" "ProjectState" NOT NULL,
    "reason" TEXT NOT NULL,
    "changedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "ProjectStateChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStatusReport" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "reportDate" DATE NOT NULL,
    "time" "RagStatus" NOT NULL,
    "cost" "RagStatus" NOT NULL,
    "result" "RagStatus" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "ProjectStatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusDeviation" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "dimension" "StatusDimension" NOT NULL,
    "cause" TEXT NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "StatusDeviation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "orgUnitId" INTEGER NOT NULL,
    "type" "ReportType" NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB,
    "frozenAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSection" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kind" "ReportSectionKind" NOT NULL,
    "perspectiveId" INTEGER,
    "title" TEXT NOT NULL,
    "analysisText" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportComment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "oidcSubject" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "orgUnitId" INTEGER NOT NULL,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "operation" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_code_key" ON "OrgUnit"("code");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Perspective_code_key" ON "Perspective"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Perspective_name_key" ON "Perspective"("name");

-- CreateIndex
CREATE INDEX "Goal_orgUnitId_year_idx" ON "Goal"("orgUnitId", "year");

-- CreateIndex
CREATE INDEX "Goal_perspectiveId_idx" ON "Goal"("perspectiveId");

-- CreateIndex
CREATE INDEX "GoalLink_childId_idx" ON "GoalLink"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalAssessment_goalId_year_month_key" ON "GoalAssessment"("goalId", "year", "month");

-- CreateIndex
CREATE INDEX "Indicator_code_idx" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_orgUnitId_code_key" ON "Indicator"("orgUnitId", "code");

-- CreateIndex
CREATE INDEX "GoalIndicator_indicatorId_idx" ON "GoalIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "IndicatorValue_year_granularity_periodNumber_idx" ON "IndicatorValue"("year", "granularity", "periodNumber");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_granularity_year_periodNumber_key" ON "IndicatorValue"("indicatorId", "granularity", "year", "periodNumber");

-- CreateIndex
CREATE INDEX "Activity_orgUnitId_idx" ON "Activity"("orgUnitId");

-- CreateIndex
CREATE INDEX "Activity_goalId_idx" ON "Activity"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityUpdate_activityId_year_month_key" ON "ActivityUpdate"("activityId", "year", "month");

-- CreateIndex
CREATE INDEX "Assignment_orgUnitId_idx" ON "Assignment"("orgUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentUpdate_assignmentId_year_month_key" ON "AssignmentUpdate"("assignmentId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "RiskCategory_code_key" ON "RiskCategory"("code");

-- CreateIndex
CREATE INDEX "Risk_orgUnitId_idx" ON "Risk"("orgUnitId");

-- CreateIndex
CREATE INDEX "RiskValuation_riskId_valuedOn_idx" ON "RiskValuation"("riskId", "valuedOn");

-- CreateIndex
CREATE INDEX "Mitigation_riskId_idx" ON "Mitigation"("riskId");

-- CreateIndex
CREATE INDEX "InternalControl_orgUnitId_idx" ON "InternalControl"("orgUnitId");

-- CreateIndex
CREATE INDEX "InternalControl_riskId_idx" ON "InternalControl"("riskId");

-- CreateIndex
CREATE UNIQUE INDEX "ControlResult_controlId_year_month_key" ON "ControlResult"("controlId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Portfolio_orgUnitId_name_key" ON "Portfolio"("orgUnitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PortfolioPeriodStatus_portfolioId_year_month_key" ON "PortfolioPeriodStatus"("portfolioId", "year", "month");

-- CreateIndex
CREATE INDEX "Project_portfolioId_idx" ON "Project"("portfolioId");

-- CreateIndex
CREATE INDEX "ProjectStateChange_projectId_changedOn_idx" ON "ProjectStateChange"("projectId", "changedOn");

-- CreateIndex
CREATE INDEX "ProjectStatusReport_projectId_reportDate_idx" ON "ProjectStatusReport"("projectId", "reportDate");

-- CreateIndex
CREATE UNIQUE INDEX "StatusDeviation_reportId_dimension_key" ON "StatusDeviation"("reportId", "dimension");

-- CreateIndex
CREATE UNIQUE INDEX "Report_orgUnitId_type_year_month_key" ON "Report"("orgUnitId", "type", "year", "month");

-- CreateIndex
CREATE INDEX "ReportSection_reportId_idx" ON "ReportSection"("reportId");

-- CreateIndex
CREATE INDEX "ReportComment_reportId_idx" ON "ReportComment"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_orgUnitId_key" ON "RoleAssignment"("userId", "role", "orgUnitId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_perspectiveId_fkey" FOREIGN KEY ("perspectiveId") REFERENCES "Perspective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalLink" ADD CONSTRAINT "GoalLink_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalLink" ADD CONSTRAINT "GoalLink_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAssessment" ADD CONSTRAINT "GoalAssessment_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalAssessment" ADD CONSTRAINT "GoalAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalIndicator" ADD CONSTRAINT "GoalIndicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalIndicator" ADD CONSTRAINT "GoalIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_perspectiveId_fkey" FOREIGN KEY ("perspectiveId") REFERENCES "Perspective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityUpdate" ADD CONSTRAINT "ActivityUpdate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityUpdate" ADD CONSTRAINT "ActivityUpdate_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentUpdate" ADD CONSTRAINT "AssignmentUpdate_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentUpdate" ADD CONSTRAINT "AssignmentUpdate_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "RiskCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskValuation" ADD CONSTRAINT "RiskValuation_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskValuation" ADD CONSTRAINT "RiskValuation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mitigation" ADD CONSTRAINT "Mitigation_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalControl" ADD CONSTRAINT "InternalControl_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalControl" ADD CONSTRAINT "InternalControl_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlResult" ADD CONSTRAINT "ControlResult_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "InternalControl"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioPeriodStatus" ADD CONSTRAINT "PortfolioPeriodStatus_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioPeriodStatus" ADD CONSTRAINT "PortfolioPeriodStatus_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStateChange" ADD CONSTRAINT "ProjectStateChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStateChange" ADD CONSTRAINT "ProjectStateChange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStatusReport" ADD CONSTRAINT "ProjectStatusReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStatusReport" ADD CONSTRAINT "ProjectStatusReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusDeviation" ADD CONSTRAINT "StatusDeviation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProjectStatusReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_perspectiveId_fkey" FOREIGN KEY ("perspectiveId") REFERENCES "Perspective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks that schema.prisma cannot express, written by hand: Prisma leaves them alone in later diffs.
-- (No semicolons in comments: the PostgreSQL adapter splits scripts on them.)
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_period_in_range" CHECK (
  ("granularity" = 'YEAR' AND "periodNumber" = 1)
  OR ("granularity" = 'TERTIAL' AND "periodNumber" BETWEEN 1 AND 3)
  OR ("granularity" = 'MONTH' AND "periodNumber" BETWEEN 1 AND 12)
);
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_override_has_reason" CHECK (
  "statusOverride" IS NULL OR length(trim(coalesce("statusOverrideReason", ''))) > 0
);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_yellowTolerance_non_negative" CHECK ("yellowTolerance" >= 0);
ALTER TABLE "GoalAssessment" ADD CONSTRAINT "GoalAssessment_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "ActivityUpdate" ADD CONSTRAINT "ActivityUpdate_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "AssignmentUpdate" ADD CONSTRAINT "AssignmentUpdate_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "ControlResult" ADD CONSTRAINT "ControlResult_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "PortfolioPeriodStatus" ADD CONSTRAINT "PortfolioPeriodStatus_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "Report" ADD CONSTRAINT "Report_month_in_range" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "RiskValuation" ADD CONSTRAINT "RiskValuation_scale_in_range" CHECK (
  "probability" BETWEEN 1 AND 5 AND "consequence" BETWEEN 1 AND 5
);
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_reportingInterval_positive" CHECK ("reportingIntervalWeeks" > 0);
ALTER TABLE "Project" ADD CONSTRAINT "Project_planned_dates_ordered" CHECK (
  "plannedStart" IS NULL OR "plannedEnd" IS NULL OR "plannedStart" <= "plannedEnd"
);
ALTER TABLE "StatusDeviation" ADD CONSTRAINT "StatusDeviation_cause_and_action_given" CHECK (
  length(trim("cause")) > 0 AND length(trim("action")) > 0
);
