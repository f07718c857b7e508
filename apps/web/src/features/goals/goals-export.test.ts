import type { GoalsExport_GoalFragment } from '../../generated/graphql';
import { createTestI18n } from '../../test/test-i18n';
import { goalsExportTable } from './goals-export';

const t = createTestI18n('sv').t;

const goal = (
  id: string,
  title: string,
  perspective: { id: string; name: string },
  councilGoal: { id: string; title: string } | null,
  assessment: GoalsExport_GoalFragment['assessment'],
): GoalsExport_GoalFragment => ({
  id,
  level: 'COMMITTEE',
  title,
  perspective,
  orgUnit: { id: 'u2', name: 'Nämnden för Intraservice' },
  parents: councilGoal ? [councilGoal] : [],
  assessment,
});

const employees = { id: 'p2', name: 'Medarbetare' };
const customers = { id: 'p1', name: 'Kund och ägare' };
const sickLeave = { id: 'c1', title: 'Sjukskrivningarna ska minska.' };

describe('the goals as a file', () => {
  it('has one row per committee goal in the tree order, with its council goal and the assessment in words', () => {
    const table = goalsExportTable(
      'Mål och indikatorer Nämnden för Intraservice maj 2023',
      [
        goal('g1', 'Vi ska attrahera, utveckla och behålla medarbetare och chefer', employees, sickLeave, {
          id: 'a1',
          fulfilment: 'PARTLY_FULFILLED',
          comment: 'Sjukfrånvaron ökar något.',
        }),
        goal('g2', 'Vi ska förbättra kundernas upplevelse', customers, null, null),
        goal('g3', 'Vi ska ha en hållbar arbetsmiljö', employees, sickLeave, null),
      ],
      t,
    );
    expect(table.columns.map((column) => column.header)).toEqual([
      'Perspektiv',
      'Centralt mål',
      'Nämndmål',
      'Enhet',
      'Bedömd måluppfyllelse',
      'Kommentar',
    ]);
    expect(table.rows).toEqual([
      [
        'Medarbetare',
        'Sjukskrivningarna ska minska.',
        'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
        'Nämnden för Intraservice',
        t('fulfilment.PARTLY_FULFILLED'),
        'Sjukfrånvaron ökar något.',
      ],
      [
        'Medarbetare',
        'Sjukskrivningarna ska minska.',
        'Vi ska ha en hållbar arbetsmiljö',
        'Nämnden för Intraservice',
        t('fulfilment.NOT_ASSESSED'),
        '',
      ],
      [
        'Kund och ägare',
        '',
        'Vi ska förbättra kundernas upplevelse',
        'Nämnden för Intraservice',
        t('fulfilment.NOT_ASSESSED'),
        '',
      ],
    ]);
  });
});
