import { correctionReasonSchema, valueImportIdSchema } from '@lagesbild/types';
import type { ValueImportField } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { cancelValueImport, COMMIT_TIMEOUT_MS, commitValueImport } from './value-import-commit';
import { importHeaderOfColumn } from './import-layouts';
import type { OrgUnitImportChange, OrgUnitImportPayload } from './org-unit-import-preview';
import { findOwnValueImport, listValueImportRows } from './value-import-service';
import type { ImportChange } from './value-import-preview';
import { fieldError, parseInput } from '../../errors';

/** At most this many rows a page: enough for a screen, bounded for the server. */
const MAX_ROWS_PER_PAGE = 200;

const FIELD_ENUM: Record<ImportChange['field'] | OrgUnitImportChange['field'], ValueImportField> = {
  outcome: 'OUTCOME',
  periodTarget: 'PERIOD_TARGET',
  annualTarget: 'ANNUAL_TARGET',
  fullYearForecast: 'FULL_YEAR_FORECAST',
  rolling12: 'ROLLING_12',
  comment: 'COMMENT',
  name: 'NAME',
  parent: 'PARENT',
  kind: 'KIND',
};

const asText = (value: number | string | null) => (value === null ? null : String(value));

export const valueImportResolvers: Resolvers = {
  Query: {
    valueImport: (_parent, { id }, { prisma, viewer }) => findOwnValueImport(prisma, id, viewer!.id),
  },
  Mutation: {
    commitValueImport: (_parent, { id, correctionReason }, { mutate, viewer, access }) =>
      mutate(
        'commitValueImport',
        (tx) =>
          commitValueImport(
            tx,
            parseInput(valueImportIdSchema, id, 'id'),
            { id: viewer!.id, access },
            parseInput(correctionReasonSchema, correctionReason, 'correctionReason'),
          ),
        { timeoutMs: COMMIT_TIMEOUT_MS },
      ),
    cancelValueImport: (_parent, { id }, { mutate, viewer, access }) =>
      mutate('cancelValueImport', (tx) =>
        cancelValueImport(tx, parseInput(valueImportIdSchema, id, 'id'), { id: viewer!.id, access }),
      ),
  },
  ValueImport: {
    createdAt: (preview) => preview.createdAt.toISOString(),
    counts: (preview) => ({
      new: preview.newCount,
      changed: preview.changedCount,
      unchanged: preview.unchangedCount,
      invalid: preview.invalidCount,
      total: preview.newCount + preview.changedCount + preview.unchangedCount + preview.invalidCount,
    }),
    rows: async (preview, { status, offset, limit }, { prisma }) => {
      const skip = offset ?? 0;
      const take = limit ?? 50;
      if (!Number.isInteger(skip) || skip < 0) throw fieldError('offset', 'outOfRange');
      if (!Number.isInteger(take) || take < 1 || take > MAX_ROWS_PER_PAGE) throw fieldError('limit', 'outOfRange');
      const countOf = {
        NEW: preview.newCount,
        CHANGED: preview.changedCount,
        UNCHANGED: preview.unchangedCount,
        INVALID: preview.invalidCount,
      };
      const rows = await listValueImportRows(prisma, preview.id, status, { skip, take });
      return {
        total: status ? countOf[status] : Object.values(countOf).reduce((sum, count) => sum + count, 0),
        rows,
      };
    },
  },
  ValueImportRow: {
    indicator: (row) => row.indicatorLabel,
    orgUnit: (row) => (row.orgUnit as unknown as OrgUnitImportPayload | null) ?? null,
    changes: (row) =>
      (row.changes as unknown as (ImportChange | OrgUnitImportChange)[]).map((change) => ({
        field: FIELD_ENUM[change.field],
        old: asText(change.old),
        new: asText(change.new),
      })),
    errors: (row) =>
      (row.errors as unknown as { column: string | null; message: string }[]).map((error) => ({
        column: importHeaderOfColumn(row.orgUnit === null ? 'VALUES' : 'ORG_UNITS', error.column),
        message: error.message,
      })),
  },
};

const ownPreview = 'reached only through valueImport and the commit, which answer the user who uploaded it alone';

export const valueImportRules: AccessRules = {
  Query: {
    // Filtered to the viewer's own previews in the resolver.
    valueImport: { kind: 'signedIn' },
  },
  Mutation: {
    // The commit checks the preview is the viewer's and that they are an analyst of every row's
    // unit (values) or an administrator of every row's unit and parent (org units).
    commitValueImport: { kind: 'signedIn' },
    cancelValueImport: { kind: 'signedIn' },
  },
  types: {
    ValueImport: { kind: 'public', reason: ownPreview },
    ValueImportCounts: { kind: 'public', reason: ownPreview },
    ValueImportRowPage: { kind: 'public', reason: ownPreview },
    ValueImportRow: { kind: 'public', reason: ownPreview },
    ValueImportChange: { kind: 'public', reason: ownPreview },
    ValueImportError: { kind: 'public', reason: ownPreview },
    OrgUnitImportRow: { kind: 'public', reason: ownPreview },
  },
};
