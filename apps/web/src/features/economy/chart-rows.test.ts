import { toChartRows } from './chart-rows';

const line = (code: string, name: string, outcomeToDate: number | null, budgetToDate: number | null) => ({
  indicator: { code, name },
  outcomeToDate,
  budgetToDate,
});

describe('the economy chart rows', () => {
  it('pairs outcome and budget to date for each cost line', () => {
    expect(toChartRows([line('PERSONNEL_COSTS', 'Personalkostnader', 225712, 260323)])).toEqual([
      { name: 'Personalkostnader', outcome: 225712, budget: 260323 },
    ]);
  });

  it('leaves out result lines and lines without figures', () => {
    expect(
      toChartRows([
        line('OPERATING_RESULT', 'Verksamhetens resultat', 12490, -12903),
        line('CONSULTANT_COSTS', 'Konsultkostnader', null, null),
        line('IT_SERVICES_COSTS', 'IT-tjänster', 145623, null),
      ]),
    ).toEqual([{ name: 'IT-tjänster', outcome: 145623, budget: null }]);
  });
});
