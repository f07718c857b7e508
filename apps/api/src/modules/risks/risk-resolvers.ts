import {
  addMitigationInputSchema,
  controlResultInputSchema,
  createControlInputSchema,
  createRiskCategoryInputSchema,
  createRiskInputSchema,
  endOfMonthIso,
  isMitigationOverdue,
  overdueReferenceDate,
  removeRiskCategoryInputSchema,
  reorderRiskCategoriesInputSchema,
  riskScore,
  riskValuationInputSchema,
  setRiskScaleInputSchema,
  toIsoDate,
  toOptionalIsoDate,
  updateControlInputSchema,
  updateMitigationInputSchema,
  updateRiskCategoryInputSchema,
  updateRiskInputSchema,
} from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { RequestContext } from '../../context';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules, RootRule } from '../../authorization/access-rules';
import { cityAdministrators } from '../../authorization/city-administrators';
import {
  addMitigation,
  addRiskValuation,
  createInternalControl,
  createRisk,
  listControlsOfSubtree,
  listRisksOfSubtree,
  recordControlResult,
  updateInternalControl,
  updateMitigation,
  updateRisk,
} from './risk-service';
import {
  createRiskCategory,
  listRiskCategories,
  removeRiskCategory,
  reorderRiskCategories,
  updateRiskCategory,
} from './risk-category-service';
import { findRiskScale, findRiskScaleMax, setRiskScale } from './risk-scale-service';
import { parseInput, requireId } from '../../errors';
import { findUnitByCode } from '../organisation';

/** The day a mitigation's due date is judged against, for the month viewed. */
const overdueDayOf = (upTo: YearMonth) => overdueReferenceDate(requireValidMonth(upTo, 'upTo'), new Date());

export const riskResolvers: Resolvers = {
  Query: {
    risks: (_parent, { orgUnitCode }, { prisma, orgTree }) => listRisksOfSubtree(prisma, orgTree, orgUnitCode),
    riskCategories: (_parent, _args, { prisma }) => listRiskCategories(prisma),
    riskScale: (_parent, _args, { prisma }) => findRiskScale(prisma),
    riskScaleMax: (_parent, { orgUnitCode }, { orgTree }) =>
      findRiskScaleMax(orgTree, findUnitByCode(orgTree, orgUnitCode)?.id ?? null),
    internalControls: (_parent, { orgUnitCode }, { prisma, orgTree }) =>
      listControlsOfSubtree(prisma, orgTree, orgUnitCode),
  },
  Mutation: {
    createRisk: (_parent, { input }, { mutate, orgTree, viewer }) =>
      mutate('createRisk', (tx) =>
        createRisk(tx, orgTree, parseInput(createRiskInputSchema, input, 'input'), viewer!.id),
      ),
    updateRisk: (_parent, { input }, { mutate }) =>
      mutate('updateRisk', (tx) => updateRisk(tx, parseInput(updateRiskInputSchema, input, 'input'))),
    addRiskValuation: (_parent, { input }, { mutate, orgTree, viewer }) =>
      mutate('addRiskValuation', (tx) =>
        addRiskValuation(tx, orgTree, parseInput(riskValuationInputSchema, input, 'input'), viewer!.id),
      ),
    addMitigation: (_parent, { input }, { mutate }) =>
      mutate('addMitigation', (tx) => addMitigation(tx, parseInput(addMitigationInputSchema, input, 'input'))),
    updateMitigation: (_parent, { input }, { mutate }) =>
      mutate('updateMitigation', (tx) => updateMitigation(tx, parseInput(updateMitigationInputSchema, input, 'input'))),
    createInternalControl: (_parent, { input }, { mutate }) =>
      mutate('createInternalControl', (tx) =>
        createInternalControl(tx, parseInput(createControlInputSchema, input, 'input')),
      ),
    updateInternalControl: (_parent, { input }, { mutate }) =>
      mutate('updateInternalControl', (tx) =>
        updateInternalControl(tx, parseInput(updateControlInputSchema, input, 'input')),
      ),
    recordControlResult: (_parent, { input }, { mutate }) =>
      mutate('recordControlResult', (tx) =>
        recordControlResult(tx, parseInput(controlResultInputSchema, input, 'input')),
      ),
    createRiskCategory: (_parent, { input }, { mutate }) =>
      mutate('createRiskCategory', (tx) =>
        createRiskCategory(tx, parseInput(createRiskCategoryInputSchema, input, 'input')),
      ),
    updateRiskCategory: (_parent, { input }, { mutate }) =>
      mutate('updateRiskCategory', (tx) =>
        updateRiskCategory(tx, parseInput(updateRiskCategoryInputSchema, input, 'input')),
      ),
    removeRiskCategory: (_parent, { input }, { mutate }) =>
      mutate('removeRiskCategory', (tx) =>
        removeRiskCategory(tx, parseInput(removeRiskCategoryInputSchema, input, 'input')),
      ),
    reorderRiskCategories: (_parent, { input }, { mutate }) =>
      mutate('reorderRiskCategories', (tx) =>
        reorderRiskCategories(tx, parseInput(reorderRiskCategoriesInputSchema, input, 'input')),
      ),
    setRiskScale: (_parent, { input }, { mutate }) =>
      mutate('setRiskScale', (tx) => setRiskScale(tx, parseInput(setRiskScaleInputSchema, input, 'input'))),
  },
  RiskCategory: {
    retired: (category) => category.retiredAt !== null,
    riskCount: (category, _args, { loaders }) => loaders.riskCountOfCategory.load(category.id),
  },
  Risk: {
    category: async (risk, _args, { loaders }) => (await loaders.riskCategoryById.load(risk.categoryId))!,
    orgUnit: async (risk, _args, { loaders }) => (await loaders.orgUnitById.load(risk.orgUnitId))!,
    valuation: async (risk, { upTo }, { loaders }) => {
      const { year, month } = requireValidMonth(upTo, 'upTo');
      const lastDay = endOfMonthIso({ year, month });
      const valuations = await loaders.riskValuations.load(risk.id);
      return valuations.findLast((valuation) => toIsoDate(valuation.valuedOn) <= lastDay) ?? null;
    },
    valuations: (risk, _args, { loaders }) => loaders.riskValuations.load(risk.id),
    mitigations: (risk, _args, { loaders }) => loaders.riskMitigations.load(risk.id),
    hasOverdueMitigations: async (risk, { upTo }, { loaders }) => {
      const day = overdueDayOf(upTo);
      const mitigations = await loaders.riskMitigations.load(risk.id);
      return mitigations.some((mitigation) =>
        isMitigationOverdue({ status: mitigation.status, dueDate: toOptionalIsoDate(mitigation.dueDate) }, day),
      );
    },
    controls: (risk, _args, { loaders }) => loaders.riskControls.load(risk.id),
  },
  RiskValuation: {
    riskId: (valuation) => String(valuation.riskId),
    valuedOn: (valuation) => toIsoDate(valuation.valuedOn),
    score: (valuation) => riskScore(valuation.probability, valuation.consequence),
    createdBy: (valuation, _args, { loaders }) =>
      valuation.createdById === null ? null : loaders.userById.load(valuation.createdById),
  },
  Mitigation: {
    riskId: (mitigation) => String(mitigation.riskId),
    dueDate: (mitigation) => toOptionalIsoDate(mitigation.dueDate),
    isOverdue: (mitigation, { upTo }) =>
      isMitigationOverdue(
        { status: mitigation.status, dueDate: toOptionalIsoDate(mitigation.dueDate) },
        overdueDayOf(upTo),
      ),
  },
  InternalControl: {
    orgUnit: async (control, _args, { loaders }) => (await loaders.orgUnitById.load(control.orgUnitId))!,
    risk: (control, _args, { loaders }) => (control.riskId === null ? null : loaders.riskById.load(control.riskId)),
    results: (control, { year }, { loaders }) => loaders.controlResultsInYear.load({ id: control.id, year }),
  },
  ControlResult: {
    controlId: (result) => String(result.controlId),
  },
};

/** Writes by analysts of the unit the record belongs to; an unknown record is not found. */
const analystOf = (orgUnitOf: (input: Record<string, unknown>, context: RequestContext) => Promise<number | null>) =>
  ({
    kind: 'role',
    role: 'ANALYST',
    orgUnitOf: (args, context) => orgUnitOf((args.input ?? {}) as Record<string, unknown>, context),
  }) satisfies RootRule;

const unitOfRisk = async (riskId: unknown, field: string, { loaders }: RequestContext) =>
  (await loaders.riskById.load(requireId(riskId, field)))?.orgUnitId ?? null;

const unitOfControl = async (controlId: unknown, field: string, { loaders }: RequestContext) =>
  (await loaders.controlById.load(requireId(controlId, field)))?.orgUnitId ?? null;

export const riskRules: AccessRules = {
  Query: {
    risks: { kind: 'signedIn' },
    riskCategories: { kind: 'signedIn' },
    riskScale: { kind: 'signedIn' },
    riskScaleMax: { kind: 'signedIn' },
    internalControls: { kind: 'signedIn' },
  },
  Mutation: {
    createRisk: analystOf((input) => Promise.resolve(requireId(input.orgUnitId, 'input.orgUnitId'))),
    updateRisk: analystOf((input, context) => unitOfRisk(input.id, 'input.id', context)),
    addRiskValuation: analystOf((input, context) => unitOfRisk(input.riskId, 'input.riskId', context)),
    addMitigation: analystOf((input, context) => unitOfRisk(input.riskId, 'input.riskId', context)),
    updateMitigation: analystOf(async (input, context) => {
      const mitigation = await context.loaders.mitigationById.load(requireId(input.id, 'input.id'));
      return mitigation ? unitOfRisk(mitigation.riskId, 'input.id', context) : null;
    }),
    createInternalControl: analystOf((input) => Promise.resolve(requireId(input.orgUnitId, 'input.orgUnitId'))),
    updateInternalControl: analystOf((input, context) => unitOfControl(input.id, 'input.id', context)),
    recordControlResult: analystOf((input, context) => unitOfControl(input.controlId, 'input.controlId', context)),
    createRiskCategory: cityAdministrators,
    updateRiskCategory: cityAdministrators,
    removeRiskCategory: cityAdministrators,
    reorderRiskCategories: cityAdministrators,
    setRiskScale: cityAdministrators,
  },
  types: {
    Risk: { kind: 'orgUnit', orgUnitOf: (risk: { orgUnitId: number }) => risk.orgUnitId },
    InternalControl: { kind: 'orgUnit', orgUnitOf: (control: { orgUnitId: number }) => control.orgUnitId },
    RiskCategory: { kind: 'public', reason: 'the categories are the same for every unit' },
    RiskScale: { kind: 'public', reason: 'the scale is the same for every unit' },
    RiskValuation: { kind: 'public', reason: 'reached only through its risk, already checked' },
    Mitigation: { kind: 'public', reason: 'reached only through its risk, already checked' },
    ControlResult: { kind: 'public', reason: 'reached only through its control, already checked' },
  },
};
