-- CreateEnum
CREATE TYPE "ForecastRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "ForecastRound" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "status" "ForecastRoundStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForecastRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorForecast" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "fullYearForecast" DOUBLE PRECISION,
    "comment" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "IndicatorForecast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForecastRound_year_asOf_idx" ON "ForecastRound"("year", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastRound_year_name_key" ON "ForecastRound"("year", "name");

-- CreateIndex
CREATE INDEX "IndicatorForecast_indicatorId_idx" ON "IndicatorForecast"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorForecast_roundId_indicatorId_key" ON "IndicatorForecast"("roundId", "indicatorId");

-- AddForeignKey
ALTER TABLE "IndicatorForecast" ADD CONSTRAINT "IndicatorForecast_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ForecastRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorForecast" ADD CONSTRAINT "IndicatorForecast_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorForecast" ADD CONSTRAINT "IndicatorForecast_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
