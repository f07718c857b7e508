import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SectionAnalysis, SectionAnalysis_Save } from './SectionAnalysis';

const section = {
  id: '7',
  title: 'Sammanfattning',
  analysisText: '### Läget\n\n**Sjukfrånvaron** ökar.\n\n<script>alert(1)</script>',
  analysisVersion: 3,
  analysisUpdatedAt: '2026-11-22T10:15:00.000Z',
  analysisUpdatedBy: { name: 'Anna Analytiker' },
};

describe('SectionAnalysis', () => {
  it('renders the Markdown text with who wrote it, keeping HTML in the text inert, and offering no editing to a reader', () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <SectionAnalysis section={section} canEdit={false} />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Läget' })).toBeInTheDocument();
    expect(screen.getByText('Sjukfrånvaron').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    // Written at 10:15 UTC: the Swedish interface says Swedish time, an hour later in November.
    expect(screen.getByText('Skriven av Anna Analytiker, 2026-11-22 11:15')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Redigera analys/ })).toBeNull();
  });

  it('makes the selection bold from the toolbar and, when a colleague saved first, shows their text', async () => {
    const mocks = [
      {
        request: {
          query: SectionAnalysis_Save,
          variables: { input: { sectionId: '7', text: 'Ny **text**', expectedVersion: 3 } },
        },
        result: {
          errors: [
            new GraphQLError('Someone else has changed this since you opened it.', {
              extensions: { code: 'CONFLICT', current: { analysisText: 'Kollegans text', analysisVersion: 4 } },
            }),
          ],
        },
      },
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <SectionAnalysis section={{ ...section, analysisText: '' }} canEdit />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Redigera analys: Sammanfattning' }));
    const editor = screen.getByRole('textbox', { name: 'Analystext för Sammanfattning (Markdown)' });
    await userEvent.type(editor, 'Ny text');
    (editor as HTMLTextAreaElement).setSelectionRange(3, 7);
    const toolbar = screen.getByRole('toolbar', { name: 'Analystext för Sammanfattning (Markdown)' });
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Fetstil' }));
    expect(editor).toHaveValue('Ny **text**');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText(/Någon annan har sparat en ändring/)).toHaveTextContent('Kollegans text');
  });
});
