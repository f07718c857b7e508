import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { FinancialTable_LineFragment } from '../../../generated/graphql';
import { FinancialTable } from './FinancialTable';

const line = (
  name: string,
  rolledUpFrom: FinancialTable_LineFragment['rolledUpFrom'],
): FinancialTable_LineFragment => ({
  indicator: { id: name, code: name, name, unit: 'TKR' },
  previousYearToDate: null,
  outcomeToDate: 150,
  budgetToDate: 160,
  deviationToDate: -10,
  fullYearForecast: null,
  fullYearBudget: null,
  status: 'GREEN',
  rolledUpFrom,
});

describe('the financial table', () => {
  it('marks a line summed from the units below with the units, and leaves a unit’s own line unmarked', () => {
    renderWithProviders(
      <FinancialTable
        caption="Kostnader och resultat"
        lines={[
          line('Personalkostnader', [
            { id: '2', name: 'Nämnden för Intraservice' },
            { id: '3', name: 'Kommunstyrelsen' },
          ]),
          line('Konsulter', []),
        ]}
      />,
    );
    const summed = screen.getByRole('rowheader', { name: /Personalkostnader/ });
    expect(
      within(summed).getByText('Summerat från 2 enheter: Nämnden för Intraservice, Kommunstyrelsen'),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Konsulter' })).toBeInTheDocument();
  });
});
