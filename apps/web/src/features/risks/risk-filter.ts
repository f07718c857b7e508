import { riskLevel, riskScore } from '@lagesbild/types';
import type { RiskLevel, RiskScaleMax } from '@lagesbild/types';

/** What a register row needs for filtering and the heat map. */
export interface FilterableRisk {
  category: { id: string };
  orgUnit: { id: string };
  owner?: string | null;
  valuation?: { probability: number; consequence: number } | null;
}

/** The register's filters, kept in the URL so a link shows the same selection. */
export interface RiskFilter {
  categoryId: string | null;
  orgUnitId: string | null;
  owner: string | null;
  minScore: number | null;
  /** A heat map cell opened: its probability and consequence. */
  cell: { probability: number; consequence: number } | null;
}

const PARAMS = { categoryId: 'kategori', orgUnitId: 'riskenhet', owner: 'agare', minScore: 'minpoang', cell: 'ruta' };

export function readRiskFilter(search: URLSearchParams): RiskFilter {
  const minScore = Number(search.get(PARAMS.minScore));
  const cell = /^(\d)-(\d)$/.exec(search.get(PARAMS.cell) ?? '');
  return {
    categoryId: search.get(PARAMS.categoryId) || null,
    orgUnitId: search.get(PARAMS.orgUnitId) || null,
    owner: search.get(PARAMS.owner) || null,
    minScore: Number.isInteger(minScore) && minScore > 0 ? minScore : null,
    cell: cell ? { probability: Number(cell[1]), consequence: Number(cell[2]) } : null,
  };
}

export function writeRiskFilter(search: URLSearchParams, filter: RiskFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  const values: Record<keyof RiskFilter, string | null> = {
    categoryId: filter.categoryId,
    orgUnitId: filter.orgUnitId,
    owner: filter.owner,
    minScore: filter.minScore === null ? null : String(filter.minScore),
    cell: filter.cell && `${filter.cell.probability}-${filter.cell.consequence}`,
  };
  for (const [field, value] of Object.entries(values) as [keyof RiskFilter, string | null][]) {
    if (value) next.set(PARAMS[field], value);
    else next.delete(PARAMS[field]);
  }
  return next;
}

/**
 * The risks the filters let through, the heat map's cell aside (the map counts what the
 * other filters leave, and a cell then narrows the list). A score filter leaves out risks
 * not yet valued.
 */
export function filterRisks<Risk extends FilterableRisk>(risks: readonly Risk[], filter: RiskFilter): Risk[] {
  return risks.filter((risk) => {
    if (filter.categoryId && risk.category.id !== filter.categoryId) return false;
    if (filter.orgUnitId && risk.orgUnit.id !== filter.orgUnitId) return false;
    if (filter.owner && risk.owner !== filter.owner) return false;
    if (filter.minScore !== null) {
      if (!risk.valuation) return false;
      if (riskScore(risk.valuation.probability, risk.valuation.consequence) < filter.minScore) return false;
    }
    return true;
  });
}

export function inCell<Risk extends FilterableRisk>(
  risks: readonly Risk[],
  cell: { probability: number; consequence: number },
): Risk[] {
  return risks.filter(
    (risk) => risk.valuation?.probability === cell.probability && risk.valuation.consequence === cell.consequence,
  );
}

export interface HeatMapCell {
  probability: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  count: number;
}

/**
 * Every cell of the scale's heat map with the number of valued risks in it: rows from the
 * highest probability down, as the matrix is drawn, consequence left to right.
 */
export function heatMapCells(risks: readonly FilterableRisk[], scaleMax: RiskScaleMax): HeatMapCell[][] {
  const axis = Array.from({ length: scaleMax }, (_, index) => index + 1);
  return [...axis].reverse().map((probability) =>
    axis.map((consequence) => {
      const score = riskScore(probability, consequence);
      return {
        probability,
        consequence,
        score,
        level: riskLevel(score, scaleMax),
        count: inCell(risks, { probability, consequence }).length,
      };
    }),
  );
}
