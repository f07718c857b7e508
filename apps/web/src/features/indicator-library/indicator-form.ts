import {
  createIndicatorInputSchema,
  defaultUnitRollup,
  parseSwedishNumber,
  parseYearMonth,
  updateIndicatorInputSchema,
} from '@lagesbild/types';
import type {
  IndicatorDirection,
  IndicatorUnit,
  LevelAggregation,
  Periodicity,
  ThresholdKind,
  UnitRollup,
} from '@lagesbild/types';
import { invalidInputFailure } from '../../apollo/api-errors';
import { graphql } from '../../generated';
import type { IndicatorForm_DefinitionFragment } from '../../generated/graphql';
import type { ApiFailure } from '../../apollo/api-errors';

/** The library form's fields as typed: thresholds as Swedish text ("0,5"), the owner's id or ''. */
export interface IndicatorFormValues {
  orgUnitId: string;
  code: string;
  name: string;
  description: string;
  dataSource: string;
  externalCode: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  direction: IndicatorDirection;
  cumulative: boolean;
  levelAggregation: LevelAggregation;
  unitRollup: UnitRollup;
  thresholdKind: ThresholdKind;
  yellowThreshold: string;
  redThreshold: string;
  ownerId: string;
  isKey: boolean;
}

/**
 * What the form reads of an indicator, to change it or to copy its definition into another
 * unit: spread with `@unmask` by the dialog's fragment and the "also measured by" query,
 * since formOfIndicator is a helper, not a component.
 */
export const IndicatorForm_definition = graphql(`
  fragment IndicatorForm_definition on Indicator {
    code
    name
    description
    dataSource
    externalCode
    unit
    periodicity
    direction
    cumulative
    levelAggregation
    unitRollup
    thresholdKind
    yellowThreshold
    redThreshold
    isKey
    owner {
      id
    }
    orgUnit {
      id
    }
  }
`);

/** The fragment's fields, from whichever document spread it (without the generated fragment's name tag). */
type IndicatorDefinition = Omit<IndicatorForm_DefinitionFragment, ' $fragmentName'>;

/** A new indicator's starting point: monthly percentages, yellow as soon as the target is missed, red beyond 5 %. */
export function emptyIndicatorForm(orgUnitId: string): IndicatorFormValues {
  return {
    orgUnitId,
    code: '',
    name: '',
    description: '',
    dataSource: '',
    externalCode: '',
    unit: 'PERCENT',
    periodicity: 'MONTH',
    direction: 'HIGHER_IS_BETTER',
    cumulative: false,
    levelAggregation: 'LATEST',
    unitRollup: defaultUnitRollup('PERCENT', false),
    thresholdKind: 'RELATIVE',
    yellowThreshold: '0',
    redThreshold: '5',
    ownerId: '',
    isKey: false,
  };
}

/**
 * A change of unit of measure or cumulation, with the unit rollup following to the new
 * default while it still is the old one's: a person's own choice is kept.
 */
export function withMeasureChange(
  values: IndicatorFormValues,
  changes: Partial<Pick<IndicatorFormValues, 'unit' | 'cumulative'>>,
): Partial<IndicatorFormValues> {
  const next = { ...values, ...changes };
  const followsDefault = values.unitRollup === defaultUnitRollup(values.unit, values.cumulative);
  return followsDefault ? { ...changes, unitRollup: defaultUnitRollup(next.unit, next.cumulative) } : changes;
}

const asText = (value: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { useGrouping: false, maximumFractionDigits: 6 }).format(
    value,
  );

export function formOfIndicator(indicator: IndicatorDefinition, language: string): IndicatorFormValues {
  return {
    orgUnitId: indicator.orgUnit.id,
    code: indicator.code,
    name: indicator.name,
    description: indicator.description ?? '',
    dataSource: indicator.dataSource ?? '',
    externalCode: indicator.externalCode ?? '',
    unit: indicator.unit,
    periodicity: indicator.periodicity,
    direction: indicator.direction,
    cumulative: indicator.cumulative,
    levelAggregation: indicator.levelAggregation,
    unitRollup: indicator.unitRollup,
    thresholdKind: indicator.thresholdKind,
    yellowThreshold: asText(indicator.yellowThreshold, language),
    redThreshold: asText(indicator.redThreshold, language),
    ownerId: indicator.owner?.id ?? '',
    isKey: indicator.isKey,
  };
}

/** Another unit's definition of the same code, for "also measured by": everything but unit and code. */
export function withDefinitionOf(
  values: IndicatorFormValues,
  other: IndicatorDefinition,
  language: string,
): IndicatorFormValues {
  return { ...formOfIndicator(other, language), orgUnitId: values.orgUnitId, code: values.code };
}

function definitionOf(values: IndicatorFormValues) {
  return {
    name: values.name,
    description: values.description || null,
    dataSource: values.dataSource || null,
    externalCode: values.externalCode || null,
    unit: values.unit,
    periodicity: values.periodicity,
    direction: values.direction,
    cumulative: values.cumulative,
    levelAggregation: values.levelAggregation,
    unitRollup: values.unitRollup,
    thresholdKind: values.thresholdKind,
    // Text that is no number is caught below as notANumber; NaN keeps the field in the input.
    yellowThreshold: parseSwedishNumber(values.yellowThreshold) ?? NaN,
    redThreshold: parseSwedishNumber(values.redThreshold) ?? NaN,
    ownerId: values.ownerId || null,
    isKey: values.isKey,
  };
}

export type IndicatorFormResult<Input> = { input: Input; failure: null } | { input: null; failure: ApiFailure };

/** Checks the form with the API's own schema; on success, the mutation's input. */
function checked<Input>(
  values: IndicatorFormValues,
  schema: {
    safeParse: (input: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: Input,
  formIssues: readonly { path: PropertyKey[]; message: string }[] = [],
): IndicatorFormResult<Input> {
  const notNumbers = (['yellowThreshold', 'redThreshold'] as const)
    .filter((field) => parseSwedishNumber(values[field]) == null)
    .map((field) => ({ path: ['definition', field], message: values[field].trim() ? 'notANumber' : 'required' }));
  const result = schema.safeParse(input);
  const issues = [
    ...notNumbers,
    ...formIssues,
    ...(result.error?.issues ?? []).filter(
      (issue) => !notNumbers.some((notNumber) => notNumber.path.join('.') === issue.path.join('.')),
    ),
  ];
  return issues.length === 0 ? { input, failure: null } : { input: null, failure: invalidInputFailure(issues) };
}

export function createIndicatorInput(values: IndicatorFormValues) {
  const input = { orgUnitId: values.orgUnitId, code: values.code, definition: definitionOf(values) };
  return checked(values, createIndicatorInputSchema, input);
}

/**
 * Whether the thresholds differ from those loaded, by what they mean: "5" and "5,0" are the
 * same threshold, and the API asks for the month they judge from only when they change.
 */
export function thresholdsChanged(loaded: IndicatorFormValues, values: IndicatorFormValues): boolean {
  return (
    values.thresholdKind !== loaded.thresholdKind ||
    (['yellowThreshold', 'redThreshold'] as const).some(
      (field) => parseSwedishNumber(values[field]) !== parseSwedishNumber(loaded[field]),
    )
  );
}

/**
 * `thresholdsFrom` is the month field's 'YYYY-MM' ('' when cleared or half-typed), given only
 * while the form shows the field; without it the input has no thresholdsFrom at all.
 */
export function updateIndicatorInput(
  values: IndicatorFormValues,
  id: string,
  expectedVersion: number,
  thresholdsFrom?: string,
) {
  const input = { id, expectedVersion, definition: definitionOf(values) };
  if (thresholdsFrom === undefined) return checked(values, updateIndicatorInputSchema, input);
  const month = parseYearMonth(thresholdsFrom);
  // The schema lets a missing month through, since the API knows whether the indicator has
  // values; the form asks for one only when it does, so there it is required.
  const missing = month ? [] : [{ path: ['thresholdsFrom'], message: 'required' }];
  return checked(values, updateIndicatorInputSchema, { ...input, thresholdsFrom: month ?? null }, missing);
}
