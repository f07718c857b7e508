import { screen } from '@testing-library/react';
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

  it('says that no project deviates in a portfolio section without yellow or red projects', () => {
    renderWithProviders(
      <ReportSectionTables section={{ ...emptySection, kind: 'PORTFOLIO', title: 'Portfölj' }} period={may2023} />,
    );
    expect(screen.getByText('Inga projekt har gul eller röd status.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
