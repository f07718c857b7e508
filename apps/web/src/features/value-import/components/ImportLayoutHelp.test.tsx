import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ImportLayoutHelp } from './ImportLayoutHelp';

const headersIn = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')!.textContent);

describe("the import dialog's column help", () => {
  it('lists the required columns of values apart from the optional ones', () => {
    renderWithProviders(<ImportLayoutHelp kind="VALUES" />);
    expect(headersIn('Obligatoriska kolumner')).toEqual(['Enhetskod', 'Indikatorkod', 'Period', 'Utfall']);
    expect(headersIn('Valfria kolumner (kan utelämnas; det sparade lämnas då orört)')).toEqual([
      'Indikator',
      'Periodmål',
      'Årsmål',
      'Prognos helår',
      'R12',
      'Kommentar',
    ]);
    expect(screen.getByText(/krävs om Indikator saknas/)).toBeInTheDocument();
  });

  it('lists the columns of the org unit import by the same rule', () => {
    renderWithProviders(<ImportLayoutHelp kind="ORG_UNITS" />, { language: 'en' });
    expect(headersIn('Required columns')).toEqual(['Enhetskod', 'Namn', 'Överordnad enhetskod', 'Typ']);
    expect(headersIn('Optional columns (may be left out; what is saved then stays as it is)')).toEqual(['Giltig från']);
  });
});
