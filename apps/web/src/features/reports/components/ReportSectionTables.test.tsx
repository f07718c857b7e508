import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ReportSectionTables } from './ReportSectionTables';
import type { ReportSectionData } from './sections/section-props';

const emptySection: ReportSectionData = {
  id: '9',
  kind: 'RISKS',
  title: 'Risker',
  perspectiveName: null,
  analysisText: '',
  analysisVersion: 1,
  analysisUpdatedAt: null,
  analysisUpdatedBy: null,
  goalSummary: [],
  goals: [],
  indicatorTables: [],
  activities: [],
  assignments: [],
  financialLines: [],
  businessAreaResults: [],
  portfolios: [],
  deviatingProjects: [],
  risks: [],
  charts: [],
};
const may2023 = { year: 2023, month: 5 };

describe('ReportSectionTables', () => {
  it("shows a section by its kind: the risks' table with their scores", () => {
    renderWithProviders(
      <ReportSectionTables
        section={{
          ...emptySection,
          risks: [
            {
              title: 'Kompetensförsörjning',
              categoryName: 'Strategisk',
              probability: 3,
              consequence: 4,
              score: 12,
              mitigations: ['Rekryteringsplan'],
              isDemoValue: false,
            },
          ],
        }}
        period={may2023}
      />,
    );
    expect(screen.getByRole('table', { name: 'Risker' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Kompetensförsörjning' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '12' })).toBeInTheDocument();
  });

  it('marks a demo risk valuation as on screen, with a note under the table', () => {
    renderWithProviders(
      <ReportSectionTables
        section={{
          ...emptySection,
          risks: [
            {
              title: 'Kompetensförsörjning',
              categoryName: 'Strategisk',
              probability: 3,
              consequence: 4,
              score: 12,
              mitigations: [],
              isDemoValue: true,
            },
          ],
        }}
        period={may2023}
      />,
    );
    const table = screen.getByRole('table', { name: 'Risker' });
    // The symbol is seen, its word heard.
    expect(within(table).getByRole('cell', { name: '12 (demovärde)' })).toHaveTextContent('12 †');
    expect(
      screen.getByText('Demovärde: källdokumenten anger ingen värdering, siffrorna är påhittade för demon.'),
    ).toBeInTheDocument();
  });

  it('marks generated indicator values and summed economy lines, and leaves reported figures unmarked', () => {
    const row = {
      indicatorId: '1',
      unit: 'PERCENT' as const,
      previousYearOutcome: 4.5,
      outcome: 5.9,
      periodTarget: 5,
      fullYearForecast: null,
      annualTarget: null,
      rolling12: null,
      status: 'RED' as const,
      statusSetByHand: false,
    };
    const { unmount } = renderWithProviders(
      <ReportSectionTables
        section={{
          ...emptySection,
          kind: 'PERSPECTIVE',
          title: 'Medarbetare',
          indicatorTables: [
            {
              periodicity: 'MONTH',
              periodLabel: 'Maj 2023',
              previousPeriodLabel: 'Maj 2022',
              hasRolling12: false,
              rows: [
                { ...row, name: 'Sjukfrånvaro', isGenerated: true, previousYearIsGenerated: false },
                {
                  ...row,
                  indicatorId: '2',
                  name: 'Korttidsfrånvaro',
                  status: 'YELLOW',
                  statusSetByHand: true,
                  isGenerated: false,
                  previousYearIsGenerated: false,
                },
              ],
            },
          ],
        }}
        period={may2023}
      />,
    );
    const generated = screen.getByRole('row', { name: /^Sjukfrånvaro/ });
    expect(within(generated).getByRole('cell', { name: '5,9 % (genererat värde)' })).toHaveTextContent('5,9 % *');
    expect(within(generated).getByRole('cell', { name: '4,5 %' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /^Korttidsfrånvaro/ })).getByRole('cell', { name: '5,9 %' }),
    ).toBeInTheDocument();
    // A status an analyst set by hand says so, as on the indicator's page and in the printed report.
    expect(screen.getByRole('row', { name: /^Korttidsfrånvaro/ })).toHaveTextContent('Nära målet (satt manuellt)');
    expect(generated).not.toHaveTextContent('satt manuellt');
    expect(
      screen.getByText('Genererat värde: fyller ut serien mellan kända punkter, inte hämtat ur en rapport.'),
    ).toBeInTheDocument();
    unmount();

    renderWithProviders(
      <ReportSectionTables
        section={{
          ...emptySection,
          kind: 'ECONOMY',
          title: 'Ekonomiskt utfall',
          financialLines: [
            {
              name: 'Personalkostnader',
              unit: 'TKR',
              previousYearToDate: null,
              outcomeToDate: 225712,
              budgetToDate: null,
              fullYearForecast: null,
              fullYearBudget: null,
              rolledUpFrom: ['Intraservice', 'Kommunstyrelsen'],
            },
          ],
        }}
        period={may2023}
      />,
    );
    expect(screen.getByRole('cell', { name: /^225\s712 \(summerat från enheterna under\)$/ })).toHaveTextContent(
      /^225\s712\sΣ/,
    );
    expect(
      screen.getByText('Summerat från 2 enheter: Intraservice, Kommunstyrelsen (beräknat, inte lagrat).'),
    ).toBeInTheDocument();
  });

  it('says that no project deviates in a portfolio section without yellow or red projects', () => {
    renderWithProviders(
      <ReportSectionTables section={{ ...emptySection, kind: 'PORTFOLIO', title: 'Portfölj' }} period={may2023} />,
    );
    expect(screen.getByText('Inga projekt har gul eller röd status.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
