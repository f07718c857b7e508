-- The thresholds an indicator judged its values by from a month on, so that a change in the
-- indicator library does not change the statuses of the periods before it.
-- CreateTable
CREATE TABLE "IndicatorThresholdSet" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "fromYear" INTEGER,
    "fromMonth" INTEGER,
    "thresholdKind" "ThresholdKind" NOT NULL,
    "yellowThreshold" DOUBLE PRECISION,
    "redThreshold" DOUBLE PRECISION,
    "yellowTolerance" DOUBLE PRECISION NOT NULL,
    "changedAt" TIMESTAMP(3),
    "changedById" INTEGER,

    CONSTRAINT "IndicatorThresholdSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorThresholdSet_indicatorId_fromYear_fromMonth_key" ON "IndicatorThresholdSet"("indicatorId", "fromYear", "fromMonth");

-- AddForeignKey
ALTER TABLE "IndicatorThresholdSet" ADD CONSTRAINT "IndicatorThresholdSet_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorThresholdSet" ADD CONSTRAINT "IndicatorThresholdSet_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
