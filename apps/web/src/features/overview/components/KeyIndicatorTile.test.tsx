import { screen, within } from '@testing-library/react';
import type { KeyIndicatorTile_TileFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { KeyIndicatorTile } from './KeyIndicatorTile';

const committees = [
  { id: '2', name: 'Nämnden för Intraservice' },
  { id: '11', name: 'Kommunstyrelsen' },
];

const summedCost: KeyIndicatorTile_TileFragment = {
  indicator: { id: '40', name: 'Personalkostnader', unit: 'TKR' },
  figures: { period: '2023-05', outcome: 150, periodTarget: 160, annualTarget: null, fullYearForecast: 450 },
  rollup: 'SUM',
  rolledUpFrom: committees,
  unitFigures: [],
  status: 'GREEN',
  statusSetByHand: false,
  isReported: true,
  changeFromPreviousYear: 20,
  trend: [],
};

const render = (tile: KeyIndicatorTile_TileFragment) =>
  renderWithProviders(<KeyIndicatorTile tile={tile} />, { url: '/oversikt?enhet=goteborgs-stad' });

describe('KeyIndicatorTile', () => {
  it("says a city's figure is its committees' summed, and which they are", () => {
    render(summedCost);
    const tile = screen.getByRole('article', { name: 'Personalkostnader' });
    expect(tile).toHaveTextContent('Summerat från 2 enheter: Nämnden för Intraservice, Kommunstyrelsen');
    expect(tile).toHaveTextContent('150 tkr');
    expect(tile).toHaveTextContent('Når målet');
    expect(tile).not.toHaveTextContent('satt manuellt');
  });

  it('says when the status of a unit’s own key indicator was set by hand', () => {
    render({ ...summedCost, rollup: null, rolledUpFrom: [], status: 'RED', statusSetByHand: true });
    expect(screen.getByRole('article', { name: 'Personalkostnader' })).toHaveTextContent(
      'Når inte målet (satt manuellt)',
    );
  });

  it('says why a summed figure has no colour when the thresholds cannot judge a total', () => {
    render({ ...summedCost, status: 'NOT_ASSESSED' });
    expect(screen.getByRole('article', { name: 'Personalkostnader' })).toHaveTextContent('Ingen samlad status');
  });

  it("lists a listed index's figure per unit with each unit's own status, and no figure of the whole", () => {
    render({
      ...summedCost,
      indicator: { id: '41', name: 'Nöjd kund-index', unit: 'INDEX' },
      figures: null,
      rollup: 'LIST',
      status: 'NOT_ASSESSED',
      changeFromPreviousYear: null,
      unitFigures: [
        { orgUnit: committees[0]!, period: '2023-05', outcome: 70, status: 'GREEN', statusSetByHand: false },
        { orgUnit: committees[1]!, period: '2023-05', outcome: 80, status: 'RED', statusSetByHand: true },
      ],
    });
    const tile = screen.getByRole('article', { name: 'Nöjd kund-index' });
    expect(tile).toHaveTextContent('Per enhet, 2 enheter');
    const items = within(tile).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Nämnden för Intraservice');
    expect(items[0]).toHaveTextContent('Når målet');
    expect(items[1]).toHaveTextContent('Kommunstyrelsen');
    expect(items[1]).toHaveTextContent('80');
    expect(items[1]).toHaveTextContent('Når inte målet (satt manuellt)');
  });
});
