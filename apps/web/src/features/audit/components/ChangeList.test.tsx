import { screen } from '@testing-library/react';
import type { Language } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ChangeList } from './ChangeList';
import type { FieldChangeShown } from './ChangeList';

/** A field's change as the API answers it: values as JSON text. */
const change = (field: string, oldValue: unknown, newValue: unknown): FieldChangeShown => ({
  field,
  oldValue: oldValue === null ? null : JSON.stringify(oldValue),
  newValue: newValue === null ? null : JSON.stringify(newValue),
  referencedType: null,
  oldName: null,
  newName: null,
});

/** The row of a field by its label: its label, value before and value after, as one text. */
const rowOf = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr');

function renderChanges(entityType: string, changes: FieldChangeShown[], language: Language = 'sv') {
  return renderWithProviders(<ChangeList entityType={entityType} changes={changes} />, { language });
}

describe('ChangeList', () => {
  it('writes figures as Swedish does, and years as years', () => {
    renderChanges('IndicatorValue', [
      change('outcome', 29492, 30500),
      change('fullYearForecast', 5.9, 5.8),
      change('annualTarget', null, 0.1 + 0.2),
      change('year', 2023, 2024),
    ]);
    expect(rowOf('Utfall')).toHaveTextContent('Utfall29 49230 500');
    expect(rowOf('Prognos helår')).toHaveTextContent('Prognos helår5,95,8');
    expect(rowOf('Årsmål')).toHaveTextContent('Årsmål–0,3');
    expect(rowOf('År')).toHaveTextContent('År20232024');
  });

  it('writes figures as English does', () => {
    renderChanges('IndicatorValue', [change('outcome', 29492.5, 5.9)], 'en');
    expect(rowOf('Outcome')).toHaveTextContent('Outcome29,492.55.9');
  });

  it("names a status update's dimension and its action's fields as the status update does", () => {
    renderChanges('StatusDeviation', [
      change('dimension', null, 'TIME'),
      change('actionOwner', null, 'Anna Analytiker'),
      change('actionDueDate', null, '2023-06-30T00:00:00.000Z'),
    ]);
    expect(rowOf('Dimension')).toHaveTextContent('Dimension–Tid');
    expect(rowOf('Ansvarig för åtgärden')).toHaveTextContent('Anna Analytiker');
    expect(rowOf('Åtgärden klar senast')).toHaveTextContent('2023-06-30');
    expect(screen.queryByText(/TIME|actionOwner/)).not.toBeInTheDocument();
  });

  it("names a reporting period's and a report's kind, and the period's number by its field", () => {
    renderChanges('ReportingPeriod', [change('kind', null, 'ANNUAL'), change('number', null, 1)]);
    expect(rowOf('Typ')).toHaveTextContent('Typ–Årsredovisning');
    expect(rowOf('Period')).toHaveTextContent('Period–1');
  });

  it("shows a report's type by the reports' own words", () => {
    renderChanges('Report', [change('type', null, 'INTERIM_MARCH'), change('status', 'DRAFT', 'SUBMITTED')]);
    expect(rowOf('Typ')).toHaveTextContent('Typ–Delårsrapport mars');
    expect(rowOf('Status')).toHaveTextContent('StatusUtkastInskickad');
  });

  it('never shows a secret, and says a structured value is not shown here', () => {
    renderChanges('User', [change('passwordHash', null, '(hidden)')]);
    expect(rowOf('Lösenord')).toHaveTextContent('Lösenord–(dolt)');
    renderChanges('PlanRevision', [change('snapshot', null, { goals: [] })]);
    expect(rowOf('Sparat innehåll')).toHaveTextContent('Sparat innehåll–(visas inte här)');
  });
});
