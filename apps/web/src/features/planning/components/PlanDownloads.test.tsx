import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { PlanDownloads } from './PlanDownloads';

describe('the plan’s downloads', () => {
  it('links to the unit’s plan of the year as PDF and as Word', () => {
    renderWithProviders(<PlanDownloads orgUnitId="2" year={2023} isDraft={false} />);
    expect(screen.getByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute('href', '/api/plans/2/2023.pdf');
    expect(screen.getByRole('link', { name: 'Ladda ner Word' })).toHaveAttribute('href', '/api/plans/2/2023.docx');
    expect(screen.queryByText(/utkast/)).not.toBeInTheDocument();
  });

  it('says that a plan not adopted downloads as a draft', () => {
    renderWithProviders(<PlanDownloads orgUnitId="2" year={2024} isDraft />);
    expect(screen.getByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute('href', '/api/plans/2/2024.pdf');
    expect(screen.getByText('Planen är inte antagen: dokumentet är märkt som utkast.')).toBeInTheDocument();
  });

  it('in English too', () => {
    renderWithProviders(<PlanDownloads orgUnitId="2" year={2024} isDraft />, { language: 'en' });
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/api/plans/2/2024.pdf');
    expect(screen.getByRole('link', { name: 'Download Word' })).toHaveAttribute('href', '/api/plans/2/2024.docx');
    expect(screen.getByText('The plan is not adopted: the document is marked as a draft.')).toBeInTheDocument();
  });
});
