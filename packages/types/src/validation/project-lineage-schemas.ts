import { z } from 'zod';
import {
  expectedVersionSchema,
  figureSchema,
  idSchema,
  optionalLineSchema,
  pastIsoDateSchema,
  plainText,
} from './common-schemas';

/** Text that must be there: trimmed, at most `maxLength` characters. */
const requiredText = (maxLength: number) =>
  plainText(maxLength)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' }));

const budgetShareSchema = figureSchema.refine((value) => value === null || value >= 0, { error: 'notNegative' });

/** An optional portfolio of a split part: none means the origin's. */
const optionalIdSchema = z.preprocess((id) => (id === undefined || id === '' ? null : id), idSchema.nullable());

/** The same name twice (whatever its case) is refused on the later one, beside its field. */
function refuseRepeatedNames(names: string[], path: (index: number) => PropertyKey[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const key = name.toLocaleLowerCase('sv');
    if (name && seen.has(key)) context.addIssue({ code: 'custom', path: path(index), message: 'nameRepeated' });
    seen.add(key);
  });
}

/** One of the new projects a project is split into: its name, and optionally its portfolio, people and budget. */
export const splitProjectPartSchema = z.object({
  name: requiredText(200),
  portfolioId: optionalIdSchema,
  owner: optionalLineSchema,
  manager: optionalLineSchema,
  budgetTkr: budgetShareSchema,
});

/**
 * A project split into two or more new ones on a date, with the reason. Names are unique among
 * the parts here; whether they are free in their portfolios, whether the date suits the project
 * and whether the portfolios are the user's, only the server can tell.
 */
export const splitProjectInputSchema = z
  .object({
    projectId: idSchema,
    expectedVersion: expectedVersionSchema,
    splitOn: pastIsoDateSchema,
    reason: requiredText(4000),
    parts: z.array(splitProjectPartSchema).min(2, { error: 'atLeastTwoParts' }).max(20, { error: 'tooManyParts' }),
  })
  .superRefine((split, context) =>
    refuseRepeatedNames(
      split.parts.map((part) => part.name),
      (index) => ['parts', index, 'name'],
      context,
    ),
  );

export type ParsedSplitProjectInput = z.output<typeof splitProjectInputSchema>;

/** A project to merge, as the form saw it. */
export const mergeSourceSchema = z.object({ projectId: idSchema, expectedVersion: expectedVersionSchema });

/**
 * Two or more projects merged into one new project on a date, with the reason. The new project
 * is named and placed here; without a budget it takes the sum of the merged projects' budgets.
 */
export const mergeProjectsInputSchema = z
  .object({
    sources: z.array(mergeSourceSchema).min(2, { error: 'atLeastTwoProjects' }).max(20, { error: 'tooManyProjects' }),
    mergedOn: pastIsoDateSchema,
    reason: requiredText(4000),
    name: requiredText(200),
    portfolioId: idSchema,
    owner: optionalLineSchema,
    manager: optionalLineSchema,
    budgetTkr: budgetShareSchema,
  })
  .superRefine((merge, context) => {
    const seen = new Set<number>();
    merge.sources.forEach((source, index) => {
      if (seen.has(source.projectId)) {
        context.addIssue({ code: 'custom', path: ['sources', index, 'projectId'], message: 'projectRepeated' });
      }
      seen.add(source.projectId);
    });
  });

export type ParsedMergeProjectsInput = z.output<typeof mergeProjectsInputSchema>;
