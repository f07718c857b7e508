import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { AccuracyIndicatorRow } from '../accuracy-rows';
import { AccuracyTable } from './AccuracyTable';

const ROUNDS = [
  { id: '1', name: 'Prognos april 2022', asOf: '2022-04-30', isDemoValue: false },
  { id: '2', name: 'Prognos augusti 2022', asOf: '2022-08-31', isDemoValue: false },
];
const forecast = (round: string, value: number, error: number, relativeError: number | null, carriedOver = false) => ({
  round: { id: round },
  forecast: value,
  carriedOver,
  error,
  absoluteError: Math.abs(error),
  relativeError,
});
const ROWS: AccuracyIndicatorRow[] = [
  {
    indicator: { id: '11', name: 'Sjukfrånvaro', unit: 'PERCENT', orgUnit: { name: 'Intraservice' } },
    outcome: 5.5,
    outcomeIsSynthetic: false,
    meanAbsoluteError: 0.3,
    meanAbsolutePercentageError: 0.054546,
    forecasts: [forecast('1', 5, -0.5, 0.090909), forecast('2', 5.4, -0.1, 0.018182)],
  },
  {
    indicator: { id: '12', name: 'Lönespecifikationer', unit: 'COUNT', orgUnit: { name: 'Intraservice' } },
    outcome: 709486,
    outcomeIsSynthetic: true,
    meanAbsoluteError: null,
    meanAbsolutePercentageError: null,
    forecasts: [forecast('1', 710000, 514, 0.000724), forecast('2', 710000, 514, 0.000724, true)],
  },
  {
    indicator: { id: '13', name: 'Datalagring', unit: 'TERABYTE', orgUnit: { name: 'Intraservice' } },
    outcome: null,
    outcomeIsSynthetic: false,
    forecasts: [{ round: { id: '1' }, forecast: 5800, carriedOver: false }],
  },
];

const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

describe('forecast accuracy per indicator', () => {
  it("shows each round's forecast with its error against the outcome, and the indicator's means", () => {
    renderWithProviders(<AccuracyTable caption="Prognosträffsäkerhet" rounds={ROUNDS} rows={ROWS} search="" />);
    const sickLeave = screen.getByRole('row', { name: /^Sjukfrånvaro/ });
    const cells = within(sickLeave)
      .getAllByRole('cell')
      .map((cell) => plain(cell.textContent));
    expect(cells).toEqual(['5,5 %', '5 %fel −0,5 (9,1 %)', '5,4 %fel −0,1 (1,8 %)', '0,3 %', '5,5 %']);
    expect(within(sickLeave).getByRole('link', { name: 'Sjukfrånvaro' })).toHaveAttribute('href', '/indikatorer/11');
  });

  it('marks a generated outcome and leaves it out of the means, and says when the outcome is missing', () => {
    renderWithProviders(<AccuracyTable caption="Prognosträffsäkerhet" rounds={ROUNDS} rows={ROWS} search="" />);
    const payslips = within(screen.getByRole('row', { name: /^Lönespecifikationer/ })).getAllByRole('cell');
    expect(plain(payslips[0]!.textContent)).toBe('709 486Genererat');
    expect(payslips.slice(-2).map((cell) => cell.textContent)).toEqual(['–', '–']);
    const storage = within(screen.getByRole('row', { name: /^Datalagring/ })).getAllByRole('cell');
    expect(storage.map((cell) => plain(cell.textContent))).toEqual(['Saknas', '5 800 TB', '–', '–', '–']);
  });
});
