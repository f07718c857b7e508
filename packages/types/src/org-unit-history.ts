import { inTreeOrder } from './org-tree';
import { FIRST_YEAR } from './period';

/**
 * The day of a unit's first version when it existed before anything was recorded here (the
 * first day of the first year the app handles): a rename may then be dated any day after it.
 */
export const BEFORE_RECORDS = `${FIRST_YEAR}-01-01`;

/** A unit as it is today, with the days it existed (ISO dates; null: open-ended). */
export interface DatedOrgUnit {
  id: number;
  parentId: number | null;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/** One dated version of a unit: its name and parent from `validFrom` until its next version. */
export interface OrgUnitVersionEntry {
  orgUnitId: number;
  validFrom: string;
  name: string;
  parentId: number | null;
}

/** True when the unit existed on the day (ISO date): opened by then and not closed before it. */
export function existedOn(unit: Pick<DatedOrgUnit, 'validFrom' | 'validTo'>, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo >= day);
}

/**
 * The version of a unit in force on the day: its latest version from that day or before. A
 * day before the first recorded version reads the first one, since the unit had that name
 * before anything was recorded; a unit without versions reads as it is today.
 */
export function versionOn(versions: readonly OrgUnitVersionEntry[], day: string): OrgUnitVersionEntry | undefined {
  let inForce: OrgUnitVersionEntry | undefined;
  let earliest: OrgUnitVersionEntry | undefined;
  for (const version of versions) {
    if (!earliest || version.validFrom < earliest.validFrom) earliest = version;
    if (version.validFrom <= day && (!inForce || version.validFrom > inForce.validFrom)) inForce = version;
  }
  return inForce ?? earliest;
}

/**
 * The tree as it stood on the day: the units that existed then, each with the name and
 * parent it had then, parents before children (siblings in the order given). A unit whose
 * parent of the time did not exist that day is left out with it.
 */
export function orgTreeAsOf<Unit extends DatedOrgUnit>(
  units: readonly Unit[],
  versions: readonly OrgUnitVersionEntry[],
  day: string,
): Unit[] {
  const versionsOf = new Map<number, OrgUnitVersionEntry[]>();
  for (const version of versions) {
    const list = versionsOf.get(version.orgUnitId) ?? [];
    list.push(version);
    versionsOf.set(version.orgUnitId, list);
  }
  const asTheyWere = units
    .filter((unit) => existedOn(unit, day))
    .map((unit) => {
      const version = versionOn(versionsOf.get(unit.id) ?? [], day);
      return version ? { ...unit, name: version.name, parentId: version.parentId } : unit;
    });
  return inTreeOrder(asTheyWere);
}

/** True when `candidateId` is the unit or lies below it: the unit cannot move under it. */
export function isSelfOrDescendant(
  tree: readonly { id: number; parentId: number | null }[],
  unitId: number,
  candidateId: number,
): boolean {
  return inTreeOrder(tree, unitId).some((node) => node.id === candidateId);
}
