import { screen, within } from '@testing-library/react';
import type { IndicatorSeries_PointFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { createTestI18n } from '../../../test/test-i18n';
import { toCsv } from '../../export/table-export';
import { seriesExportTable } from '../series-columns';
import { toSeriesRows } from '../series-rows';
import { SeriesTable } from './SeriesTable';

const points: IndicatorSeries_PointFragment[] = [
  {
    period: '2023-04',
    outcome: 5.9,
    target: null,
    fullYearForecast: null,
    rolling12: null,
    previousYearOutcome: 5.5,
    isSynthetic: false,
    status: 'NOT_ASSESSED',
    statusOverrideReason: null,
  },
  {
    period: '2023-05',
    outcome: 5.9,
    target: 5,
    fullYearForecast: 5.5,
    rolling12: null,
    previousYearOutcome: 4.5,
    isSynthetic: false,
    status: 'RED',
    statusOverrideReason: null,
  },
  {
    period: '2023-03',
    outcome: 5.7,
    target: null,
    fullYearForecast: null,
    rolling12: null,
    previousYearOutcome: null,
    isSynthetic: true,
    status: 'NOT_ASSESSED',
    statusOverrideReason: null,
  },
  {
    period: '2023-06',
    outcome: null,
    target: null,
    fullYearForecast: null,
    rolling12: null,
    previousYearOutcome: 5.6,
    isSynthetic: false,
    status: 'NOT_ASSESSED',
    statusOverrideReason: null,
  },
];

const cells = (rowName: RegExp) =>
  within(screen.getByRole('row', { name: rowName }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.replace(/\u00a0/g, ' '));

describe("the table view of an indicator's chart", () => {
  it('holds the same figures as the chart, one row per period, in Swedish formats', () => {
    renderWithProviders(
      <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(points, [])} compared={[]} unit="PERCENT" />,
    );
    expect(screen.getByRole('table', { name: 'Sjukfrånvaro' })).toBeInTheDocument();
    expect(cells(/maj 2023/)).toEqual(['5,9', '5', '5,5', '4,5', 'Når inte målet']);
  });

  it('says which values were generated, and gives no status to a period without an outcome', () => {
    renderWithProviders(
      <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(points, [])} compared={[]} unit="PERCENT" />,
    );
    expect(cells(/mars 2023/)[0]).toBe('5,7 (genererat värde)');
    expect(cells(/juni 2023/)).toEqual(['', '', '', '5,6', '']);
  });

  it("gives each compared unit's outcomes a column of its own", () => {
    const compared = [
      { orgUnit: { code: 'styr-och-stod', name: 'Styr och stöd' }, series: [{ period: '2023-05', outcome: 4.1 }] },
    ];
    renderWithProviders(
      <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(points, compared)} compared={compared} unit="PERCENT" />,
    );
    expect(screen.getByRole('columnheader', { name: 'Utfall, Styr och stöd' })).toBeInTheDocument();
    expect(cells(/maj 2023/)).toEqual(['5,9', '5', '5,5', '4,5', '4,1', 'Når inte målet']);
    expect(cells(/april 2023/)[4]).toBe('');
  });

  it('leaves out columns that have no figure in any period', () => {
    const withoutForecasts = points.map((point) => ({ ...point, fullYearForecast: null, previousYearOutcome: null }));
    renderWithProviders(
      <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(withoutForecasts, [])} compared={[]} unit="PERCENT" />,
    );
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Period',
      'Utfall',
      'Mål',
      'Status',
    ]);
  });

  it('exports the same columns and figures as it shows, figures as numbers and the status in words', () => {
    const compared = [
      { orgUnit: { code: 'styr-och-stod', name: 'Styr och stöd' }, series: [{ period: '2023-05', outcome: 4.1 }] },
    ];
    const i18n = createTestI18n('sv');
    const table = seriesExportTable('Sjukfrånvaro', toSeriesRows(points, compared), compared, 'PERCENT', i18n.t, 'sv');
    const lines = toCsv(table).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Period;Utfall;Mål;Prognos helår;Samma period föregående år;Utfall, Styr och stöd;Status');
    expect(lines).toContain('maj 2023;5,9;5;5,5;4,5;4,1;Når inte målet');
    expect(lines).toContain('juni 2023;;;;5,6;;');
    expect(table.rowFractionDigits).toEqual([1, 1, 1, 1]);
  });

  describe('a status set by hand', () => {
    const reason = 'Engångseffekt av omorganisationen; trenden följer målet.';
    const setByHand = points.map((point) =>
      point.period === '2023-05' ? { ...point, status: 'YELLOW' as const, statusOverrideReason: reason } : point,
    );

    it('says so in words next to the status, with the reason readable under it', () => {
      renderWithProviders(
        <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(setByHand, [])} compared={[]} unit="PERCENT" />,
      );
      const status = cells(/maj 2023/)[4];
      expect(status).toBe(`Nära målet (satt manuellt)Skäl: ${reason}`);
      expect(screen.getByText(`Skäl: ${reason}`)).toBeVisible();
      expect(cells(/april 2023/)[4]).toBe('Ej bedömt');
    });

    it('exports it in words too', () => {
      const i18n = createTestI18n('sv');
      const lines = toCsv(seriesExportTable('Sjukfrånvaro', toSeriesRows(setByHand, []), [], 'PERCENT', i18n.t, 'sv'))
        .replace('\uFEFF', '')
        .split('\r\n');
      // The reason's semicolon is quoted, as any text of the file's.
      expect(lines).toContain(`maj 2023;5,9;5;5,5;4,5;"Nära målet (satt manuellt: ${reason})"`);
    });
  });

  it('offers to change the status only when allowed, and only on periods with a reported value', () => {
    const { unmount } = renderWithProviders(
      <SeriesTable caption="Sjukfrånvaro" rows={toSeriesRows(points, [])} compared={[]} unit="PERCENT" />,
    );
    expect(screen.queryByRole('button', { name: /^Ändra status/ })).not.toBeInTheDocument();
    unmount();
    renderWithProviders(
      <SeriesTable
        caption="Sjukfrånvaro"
        rows={toSeriesRows(points, [])}
        compared={[]}
        unit="PERCENT"
        statusEditing={{ indicatorId: '7' }}
      />,
    );
    // March is generated and June has no outcome: neither has a saved value to set a status on.
    expect(
      screen.getAllByRole('button', { name: /^Ändra status/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Ändra status för april 2023', 'Ändra status för maj 2023']);
    expect(within(screen.getByRole('row', { name: /maj 2023/ })).getByRole('button')).toHaveTextContent('Ändra status');
  });
});
