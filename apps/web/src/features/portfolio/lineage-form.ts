/** A figure as typed in Swedish or English ("1 506,5", "1506.5"); empty text is none. */
export const typedFigure = (text: string): number | null =>
  text.trim() ? Number(text.replace(/\s/g, '').replace(',', '.')) : null;

/** One new project of a split, as its fields hold it. */
export interface PartDraft {
  /** Keeps a part's fields with it when another part is removed. */
  key: number;
  name: string;
  portfolioId: string;
  owner: string;
  manager: string;
  budgetTkr: string;
}

let nextKey = 0;

/** An empty part in the given portfolio. */
export const emptyPart = (portfolioId: string): PartDraft => ({
  key: ++nextKey,
  name: '',
  portfolioId,
  owner: '',
  manager: '',
  budgetTkr: '',
});

/** The parts as the split's input sends them: an unchanged portfolio is left to the origin's. */
export const partsInput = (parts: readonly PartDraft[], originPortfolioId: string) =>
  parts.map((part) => ({
    name: part.name,
    portfolioId: part.portfolioId === originPortfolioId ? null : part.portfolioId,
    owner: part.owner,
    manager: part.manager,
    budgetTkr: typedFigure(part.budgetTkr),
  }));
