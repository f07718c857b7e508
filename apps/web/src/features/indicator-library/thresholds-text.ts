import type { IndicatorUnit, ThresholdKind } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';

export interface Thresholds {
  thresholdKind: ThresholdKind;
  yellowThreshold: number;
  redThreshold: number;
}

/**
 * Yellow and red as the library shows them: "0 % / 5 % av målet", or "0,5 / 2 dagar" in the
 * indicator's unit. The indicator page's history of thresholds says them the same way.
 */
export function thresholdsText(t: TFunction, thresholds: Thresholds, unit: IndicatorUnit, language: string): string {
  return t(`indicatorLibrary.thresholdValue.${thresholds.thresholdKind}`, {
    yellow: formatNumber(thresholds.yellowThreshold, 'INDEX', language),
    red: formatNumber(thresholds.redThreshold, 'INDEX', language),
    unit: t(`unit.${unit}`),
  });
}
