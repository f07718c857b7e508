import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ReportChartView } from './ReportChartView';

describe('ReportChartView', () => {
  it('marks a category holding a generated value in the table of the chart’s figures, with the note', () => {
    renderWithProviders(
      <ReportChartView
        headingId="chart-1"
        chart={{
          title: 'Medarbetare: månadsindikatorer maj 2023',
          kind: 'BAR',
          unit: 'PERCENT',
          categories: ['Sjukfrånvaro', 'Korttidsfrånvaro'],
          series: [{ name: 'Utfall maj 2023', values: [5.9, 1.7] }],
          generatedCategories: ['Korttidsfrånvaro'],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: /Diagrammets siffror/ });
    expect(within(table).getByRole('cell', { name: 'Korttidsfrånvaro (genererat värde)' })).toHaveTextContent(
      'Korttidsfrånvaro *',
    );
    expect(within(table).getByRole('cell', { name: 'Sjukfrånvaro' })).toBeInTheDocument();
    expect(
      screen.getByText('Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.'),
    ).toBeInTheDocument();
  });
});
