import { projectMoveInputSchema } from './project-move-schema';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

const move = { projectId: '7', expectedVersion: 3, toPortfolioId: '2', movedOn: '2024-01-01', reason: ' Ny ägare ' };

describe('a move of a project to another portfolio', () => {
  it('reads ids, trims the reason and keeps the date', () => {
    expect(projectMoveInputSchema.parse(move)).toEqual({
      projectId: 7,
      expectedVersion: 3,
      toPortfolioId: 2,
      movedOn: '2024-01-01',
      reason: 'Ny ägare',
    });
  });

  it('needs a reason, a real date not in the future and a portfolio', () => {
    expect(issuesOf(projectMoveInputSchema.safeParse({ ...move, reason: '  ' }))).toEqual([['reason', 'required']]);
    const nextYear = `${new Date().getFullYear() + 1}-01-01`;
    expect(issuesOf(projectMoveInputSchema.safeParse({ ...move, movedOn: nextYear }))).toEqual([
      ['movedOn', 'dateInFuture'],
    ]);
    expect(issuesOf(projectMoveInputSchema.safeParse({ ...move, movedOn: '2023-02-30' }))[0]?.[0]).toBe('movedOn');
    expect(issuesOf(projectMoveInputSchema.safeParse({ ...move, toPortfolioId: 'x' }))).toEqual([
      ['toPortfolioId', 'invalidId'],
    ]);
  });
});
