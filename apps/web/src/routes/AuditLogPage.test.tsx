import { screen, within } from '@testing-library/react';
import { ViewerContext } from '../features/access/ViewerContext';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import type { Language } from '../i18n/i18n';
import { AuditLogPage, AuditLogPage_Query } from './AuditLogPage';

const change = (
  field: string,
  oldValue: unknown,
  newValue: unknown,
  reference?: [string, string | null, string | null],
) => ({
  __typename: 'FieldChange' as const,
  field,
  oldValue: oldValue === null ? null : JSON.stringify(oldValue),
  newValue: newValue === null ? null : JSON.stringify(newValue),
  referencedType: reference?.[0] ?? null,
  oldName: reference?.[1] ?? null,
  newName: reference?.[2] ?? null,
});

const event = (id: string, entityType: string, entityId: string, entityName: string | null, changes: unknown[]) => ({
  __typename: 'AuditEvent' as const,
  id,
  // 12:30 UTC in May is 14:30 in Sweden (summer time).
  occurredAt: '2023-05-31T12:30:00.000Z',
  operation: 'updateProjectDetails',
  action: 'UPDATE' as const,
  entityType,
  entityId,
  entityName,
  author: { __typename: 'Author' as const, id: '7', name: 'Petra Portfölj' },
  orgUnit: { __typename: 'OrgUnit' as const, id: '2', name: 'Intraservice' },
  changes,
});

const LOG = {
  data: {
    auditLog: {
      __typename: 'AuditLogPage' as const,
      nextCursor: null,
      events: [
        event('3', 'Project', '4', 'Nytt lönesystem', [
          change('portfolioId', 1, 2, ['Portfolio', 'Digitala tjänster', 'Infrastruktur']),
          change('state', 'STARTED', 'PAUSED'),
          change('pausedUntil', null, '2023-09-01T00:00:00.000Z'),
        ]),
        event('2', 'Plan', '9', '2023 Intraservice', [change('status', 'DRAFT', 'ADOPTED')]),
        event('1', 'Project', '5', null, [change('ownerId', 3, null, ['User', null, null])]),
      ],
    },
  },
};

function renderPage(language: Language = 'sv') {
  const client = createTestClient([
    {
      request: { query: AuditLogPage_Query, variables: { filter: { entityType: null, from: null, to: null } } },
      result: LOG,
    },
  ]);
  return renderWithApollo(
    <ViewerContext.Provider value={{ id: '1', name: 'Ada', isAdministrator: true }}>
      <AuditLogPage />
    </ViewerContext.Provider>,
    client,
    { language, url: '/granskningslogg' },
  );
}

/** The log's own rows (each event's changes are a table within its row). */
const rowsOf = async (name = 'Granskningslogg') => [
  ...(await screen.findByRole('table', { name })).querySelectorAll<HTMLElement>(':scope > tbody > tr'),
];

describe('Granskningslogg', () => {
  it('names each record, labels each field and value in Swedish and shows Swedish time', async () => {
    renderPage();
    const [moved, plan, deleted] = await rowsOf();
    expect(moved).toHaveTextContent('2023-05-31 14:30');
    expect(moved).toHaveTextContent('Ändrad: Projekt Nytt lönesystem');
    // A reference, hidden before, is a row with the names before and after.
    expect(within(moved!).getByRole('rowheader', { name: 'Portfölj' }).closest('tr')).toHaveTextContent(
      'PortföljDigitala tjänsterInfrastruktur',
    );
    expect(within(moved!).getByRole('rowheader', { name: 'Läge' }).closest('tr')).toHaveTextContent(
      'LägeStartatPausat',
    );
    expect(within(moved!).getByRole('rowheader', { name: 'Pausat till' }).closest('tr')).toHaveTextContent(
      'Pausat till–2023-09-01',
    );
    expect(moved).not.toHaveTextContent('PAUSED');
    expect(moved).not.toHaveTextContent('portfolioId');
    // What the person did, in words, never the mutation's name.
    expect(moved).toHaveTextContent('Intraservice · Projektets uppgifter ändrade');
    expect(moved).not.toHaveTextContent('updateProject');

    expect(plan).toHaveTextContent('Ändrad: Verksamhetsplan 2023 Intraservice');
    expect(plan).toHaveTextContent('StatusUtkastAntagen');

    expect(deleted).toHaveTextContent('Projekt 5 (borttagen)');
    expect(within(deleted!).getByRole('rowheader', { name: 'Ägare' }).closest('tr')).toHaveTextContent(
      'ÄgareAnvändare 3 (borttagen)–',
    );
  });

  it('shows the same in English', async () => {
    renderPage('en');
    const [moved] = await rowsOf('Audit log');
    expect(moved).toHaveTextContent('Project Nytt lönesystem');
    expect(moved).toHaveTextContent('Intraservice · Project details changed');
    expect(within(moved!).getByRole('rowheader', { name: 'Portfolio' }).closest('tr')).toHaveTextContent(
      'PortfolioDigitala tjänsterInfrastruktur',
    );
  });
});
