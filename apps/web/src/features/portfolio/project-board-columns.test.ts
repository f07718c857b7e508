import { createTestI18n } from '../../test/test-i18n';
import type { ProjectBoardExport_ProjectFragment } from '../../generated/graphql';
import { projectBoardExportTable } from './project-board-columns';

const t = createTestI18n('sv').t;

const telephony: ProjectBoardExport_ProjectFragment = {
  id: '1',
  name: 'Upphandla och införa helhetslösning för telefoni',
  phase: 'EXECUTION',
  state: 'STARTED',
  pausedUntil: null,
  status: {
    latestStatusUpdate: { id: '10', statusDate: '2023-05-31', time: 'RED', cost: 'RED', result: 'GREEN' },
    statusUpdatesSinceColourChange: 2,
    noRecentStatusUpdate: false,
  },
};

const dataWarehouse: ProjectBoardExport_ProjectFragment = {
  id: '2',
  name: 'Etablera tjänst för Data Warehouse',
  phase: null,
  state: 'PAUSED',
  pausedUntil: '2025-01-01',
  status: { latestStatusUpdate: null, statusUpdatesSinceColourChange: null, noRecentStatusUpdate: true },
};

describe("a portfolio's project table as a file", () => {
  it("has the board's columns with each colour, the state and the status update's age in words", () => {
    const table = projectBoardExportTable('Digital infrastruktur maj 2023', [telephony, dataWarehouse], t);
    expect(table.columns.map((column) => column.header)).toEqual([
      'Projekt',
      'Fas och läge',
      t('portfolio.column.time'),
      t('portfolio.column.cost'),
      t('portfolio.column.result'),
      t('portfolio.column.latestStatusUpdate'),
      t('portfolio.column.colourChanged'),
    ]);
    expect(table.rows[0]).toEqual([
      'Upphandla och införa helhetslösning för telefoni',
      `Genomförande · ${t('projectState.STARTED')}`,
      t('overview.projectStatus.RED'),
      t('overview.projectStatus.RED'),
      t('overview.projectStatus.GREEN'),
      '2023-05-31',
      'för 2 rapporter sedan',
    ]);
    expect(table.rows[1]).toEqual([
      'Etablera tjänst för Data Warehouse',
      `${t('projectState.PAUSED')} (${t('portfolio.pausedUntil', { date: '2025-01-01' })})`,
      'Ingen rapport',
      'Ingen rapport',
      'Ingen rapport',
      'Ingen aktuell rapport',
      '',
    ]);
  });
});
