import type { RiskExport_RiskFragment } from '../../generated/graphql';
import { createTestI18n } from '../../test/test-i18n';
import { riskRegisterExportTable } from './risk-export';

const t = createTestI18n('sv').t;

const risk = (overrides: Partial<RiskExport_RiskFragment>): RiskExport_RiskFragment => ({
  id: '1',
  title: 'Minskad efterfrågan av tilläggstjänster',
  owner: 'Förvaltningsdirektör',
  category: { id: 'c3', name: 'Finansiella' },
  orgUnit: { id: 'u2', name: 'Nämnden för Intraservice' },
  valuation: { id: 'v1', probability: 3, consequence: 4, score: 12 },
  hasOverdueMitigations: true,
  mitigations: [
    {
      id: 'm1',
      title: 'Kostnadsanpassning 2023',
    },
    {
      id: 'm2',
      title: 'Konsekvensanalys inför 2024',
    },
  ],
  ...overrides,
});

describe('the risk register as a file', () => {
  it('gives the valuation as figures and its band in words, and the mitigations by title', () => {
    const table = riskRegisterExportTable(
      'Risker Nämnden för Intraservice',
      [risk({}), risk({ id: '2', title: 'Ny risk', valuation: null, hasOverdueMitigations: false, mitigations: [] })],
      4,
      t,
    );
    expect(table.rows).toEqual([
      [
        'Minskad efterfrågan av tilläggstjänster',
        'Finansiella',
        'Nämnden för Intraservice',
        'Förvaltningsdirektör',
        3,
        4,
        12,
        t('riskLevel.VERY_HIGH'),
        'Kostnadsanpassning 2023; Konsekvensanalys inför 2024',
        'Försenad',
      ],
      [
        'Ny risk',
        'Finansiella',
        'Nämnden för Intraservice',
        'Förvaltningsdirektör',
        null,
        null,
        null,
        t('risks.notValued'),
        '',
        '',
      ],
    ]);
    expect(table.columns.filter((column) => column.kind === 'number').map((column) => column.header)).toEqual([
      'Sannolikhet',
      'Konsekvens',
      'Riskvärde',
    ]);
  });
});
