import { riskLevel, toRiskScaleMax } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { graphql } from '../../generated';
import type { RiskExport_RiskFragment } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';

/** What a risk's row of the file holds; the register spreads it unmasked and hands the risks over. */
export const RiskExport_risk = graphql(`
  fragment RiskExport_risk on Risk {
    id
    title
    owner
    category {
      id
      name
    }
    orgUnit {
      id
      name
    }
    valuation(upTo: $upTo) {
      id
      probability
      consequence
      score
    }
    mitigations {
      id
      title
    }
    hasOverdueMitigations(upTo: $upTo)
  }
`);

/**
 * The register as a file, one row per risk in the page's order: the valuation as figures
 * (probability, consequence, score) and its band in words, the mitigations by title.
 */
export function riskRegisterExportTable(
  title: string,
  risks: readonly RiskExport_RiskFragment[],
  scaleMax: number,
  t: TFunction,
): ExportTable {
  return {
    title,
    columns: [
      { header: t('risks.riskTitle'), kind: 'text', width: 48 },
      { header: t('risks.category'), kind: 'text', width: 24 },
      { header: t('risks.orgUnit'), kind: 'text', width: 28 },
      { header: t('risks.owner'), kind: 'text', width: 24 },
      { header: t('risks.probability'), kind: 'number', width: 12 },
      { header: t('risks.consequence'), kind: 'number', width: 12 },
      { header: t('risks.score'), kind: 'number', width: 12 },
      { header: t('risks.level'), kind: 'text', width: 14 },
      { header: t('risks.mitigations.heading'), kind: 'text', width: 60 },
      { header: t('risks.mitigations.overdueFlag'), kind: 'text', width: 16 },
    ],
    rows: risks.map((risk) => {
      const valuation = risk.valuation;
      return [
        risk.title,
        risk.category.name,
        risk.orgUnit.name,
        risk.owner ?? '',
        valuation?.probability ?? null,
        valuation?.consequence ?? null,
        valuation?.score ?? null,
        valuation ? t(`riskLevel.${riskLevel(valuation.score, toRiskScaleMax(scaleMax))}`) : t('risks.notValued'),
        risk.mitigations.map((mitigation) => mitigation.title).join('; '),
        risk.hasOverdueMitigations ? t('risks.mitigations.overdue') : '',
      ];
    }),
  };
}
