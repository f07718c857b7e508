import { mergeProjectsInputSchema, splitProjectInputSchema } from './project-lineage-schemas';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

const split = {
  projectId: '7',
  expectedVersion: 2,
  splitOn: '2024-09-01',
  reason: ' Två uppdrag ',
  parts: [{ name: ' IT-stöd rekrytering ' }, { name: 'IT-stöd rehabilitering', portfolioId: '3', budgetTkr: 500 }],
};

describe('a split of a project', () => {
  it('reads the parts, trims names and reason, and leaves an unnamed portfolio to the origin', () => {
    expect(splitProjectInputSchema.parse(split)).toEqual({
      projectId: 7,
      expectedVersion: 2,
      splitOn: '2024-09-01',
      reason: 'Två uppdrag',
      parts: [
        { name: 'IT-stöd rekrytering', portfolioId: null, owner: null, manager: null, budgetTkr: null },
        { name: 'IT-stöd rehabilitering', portfolioId: 3, owner: null, manager: null, budgetTkr: 500 },
      ],
    });
  });

  it('needs two parts, each named, under names of their own', () => {
    expect(issuesOf(splitProjectInputSchema.safeParse({ ...split, parts: [{ name: 'Ensam' }] }))).toEqual([
      ['parts', 'atLeastTwoParts'],
    ]);
    expect(
      issuesOf(splitProjectInputSchema.safeParse({ ...split, parts: [{ name: 'A' }, { name: ' ' }, { name: 'a' }] })),
    ).toEqual([
      ['parts.1.name', 'required'],
      ['parts.2.name', 'nameRepeated'],
    ]);
  });

  it('refuses a negative budget share, a date in the future and a blank reason', () => {
    const nextYear = `${new Date().getFullYear() + 1}-01-01`;
    const result = splitProjectInputSchema.safeParse({
      ...split,
      splitOn: nextYear,
      reason: '',
      parts: [{ name: 'A', budgetTkr: -1 }, { name: 'B' }],
    });
    expect(issuesOf(result)).toEqual([
      ['splitOn', 'dateInFuture'],
      ['reason', 'required'],
      ['parts.0.budgetTkr', 'notNegative'],
    ]);
  });
});

describe('a merger of projects', () => {
  const merge = {
    sources: [
      { projectId: '7', expectedVersion: 2 },
      { projectId: '8', expectedVersion: 1 },
    ],
    mergedOn: '2024-09-01',
    reason: 'Samma mål',
    name: 'Gemensam telefoni',
    portfolioId: '2',
  };

  it('reads the sources and the new project', () => {
    expect(mergeProjectsInputSchema.parse(merge)).toMatchObject({
      sources: [
        { projectId: 7, expectedVersion: 2 },
        { projectId: 8, expectedVersion: 1 },
      ],
      name: 'Gemensam telefoni',
      portfolioId: 2,
      budgetTkr: null,
    });
  });

  it('needs two different projects and a name', () => {
    expect(issuesOf(mergeProjectsInputSchema.safeParse({ ...merge, sources: [merge.sources[0]] }))).toEqual([
      ['sources', 'atLeastTwoProjects'],
    ]);
    expect(
      issuesOf(
        mergeProjectsInputSchema.safeParse({
          ...merge,
          name: ' ',
          sources: [merge.sources[0], { projectId: '7', expectedVersion: 2 }],
        }),
      ),
    ).toEqual([
      ['name', 'required'],
      ['sources.1.projectId', 'projectRepeated'],
    ]);
  });
});
