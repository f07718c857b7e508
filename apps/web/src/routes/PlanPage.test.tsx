import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdoptPlanDialog_Adopt } from '../features/planning/components/AdoptPlanDialog';
import { RollOverDialog_Commit, RollOverDialog_Preview } from '../features/planning/components/RollOverDialog';
import { ViewDefaultsContext } from '../features/view-params/ViewDefaultsContext';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { PlanPage, PlanPage_Query } from './PlanPage';
import { dateField, typeDate } from '../test/date-fields';

const DEFAULTS = { orgUnitCode: 'intraservice', periodOf: () => ({ year: 2023, month: 5 }) };

const change = (kind: string, fields: Record<string, unknown>) => ({
  __typename: 'PlanChange' as const,
  kind,
  subject: '',
  object: null,
  before: null,
  after: null,
  targetField: null,
  beforeValue: null,
  afterValue: null,
  ...fields,
});

const adoptedPlan = {
  __typename: 'Plan' as const,
  id: '7',
  status: 'ADOPTED',
  revision: 2,
  decisionDate: '2023-06-20',
  caseNumber: 'N170-0456/23',
  rolledOverFromYear: null,
  version: 4,
  draftChanges: [],
  revisions: [
    {
      __typename: 'PlanRevision' as const,
      id: '12',
      number: 2,
      decisionDate: '2023-06-20',
      caseNumber: 'N170-0456/23',
      adoptedBy: { __typename: 'Author' as const, id: '1', name: 'Anna Admin' },
      changes: [
        change('GOAL_RENAMED', {
          subject: 'Sjukfrånvaron ska minska',
          before: 'Nämndmål 2',
          after: 'Sjukfrånvaron ska minska',
        }),
        change('TARGET_CHANGED', {
          subject: 'Sjukfrånvaro',
          object: '2023-05',
          targetField: 'PERIOD_TARGET',
          beforeValue: 5,
          afterValue: 4.5,
        }),
      ],
    },
    {
      __typename: 'PlanRevision' as const,
      id: '11',
      number: 1,
      decisionDate: '2022-12-13',
      caseNumber: 'N170-0123/22',
      adoptedBy: null,
      changes: [],
    },
  ],
};

const planOfYear = (plan: unknown, rights: { mayAdopt: boolean; mayPlan: boolean }, lock: string | null) => ({
  request: { query: PlanPage_Query, variables: { orgUnitCode: 'intraservice', year: 2023 } },
  result: {
    data: {
      planOfYear: {
        __typename: 'PlanOfYear' as const,
        year: 2023,
        lock,
        ...rights,
        orgUnit: { __typename: 'OrgUnit' as const, id: '2', name: 'Nämnden för Intraservice' },
        plan,
      },
    },
  },
});

function renderPage(mocks: Parameters<typeof createTestClient>[0], language: 'sv' | 'en' = 'sv') {
  return renderWithApollo(
    <ViewDefaultsContext.Provider value={DEFAULTS}>
      <PlanPage />
    </ViewDefaultsContext.Provider>,
    createTestClient(mocks),
    { language },
  );
}

describe('Verksamhetsplan', () => {
  it('shows an adopted plan’s decision and lock, and each revision with what it changed', async () => {
    renderPage([planOfYear(adoptedPlan, { mayAdopt: true, mayPlan: true }, 'PLAN_ADOPTED')]);
    expect(
      await screen.findByRole('heading', { name: 'Verksamhetsplan 2023: Nämnden för Intraservice' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Status: Antagen')).toBeInTheDocument();
    expect(screen.getByText('Beslut 2023-06-20, dnr N170-0456/23')).toBeInTheDocument();
    expect(screen.getByText(/Planen är antagen och låst/)).toBeInTheDocument();
    // Adopted: no adoption, but a new revision and the roll-over.
    expect(screen.queryByRole('button', { name: 'Anta planen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna ny revision' })).toBeInTheDocument();
    const second = screen.getByRole('list', { name: 'Revision 2, antagen 2023-06-20 (dnr N170-0456/23)' });
    expect(
      within(second)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Målet ”Nämndmål 2” heter nu ”Sjukfrånvaron ska minska”', 'Sjukfrånvaro, periodmål 2023-05: 5 → 4,5']);
    expect(screen.getByText('Registrerad av Anna Admin')).toBeInTheDocument();
    expect(screen.getByText('Första antagna revisionen.')).toBeInTheDocument();
  });

  it('in English too', async () => {
    renderPage([planOfYear(adoptedPlan, { mayAdopt: true, mayPlan: true }, 'PLAN_ADOPTED')], 'en');
    expect(await screen.findByText('Status: Adopted')).toBeInTheDocument();
    expect(screen.getByText('The goal “Nämndmål 2” is now “Sjukfrånvaron ska minska”')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open a new revision' })).toBeInTheDocument();
  });

  it('shows a reader no actions', async () => {
    renderPage([planOfYear(adoptedPlan, { mayAdopt: false, mayPlan: false }, 'PLAN_ADOPTED')]);
    await screen.findByText('Status: Antagen');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it("offers the unit's plan of the year as PDF and Word, to a reader too, marked as a draft until adopted", async () => {
    renderPage([planOfYear(adoptedPlan, { mayAdopt: false, mayPlan: false }, 'PLAN_ADOPTED')]);
    expect(await screen.findByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute('href', '/api/plans/2/2023.pdf');
    expect(screen.getByRole('link', { name: 'Ladda ner Word' })).toHaveAttribute('href', '/api/plans/2/2023.docx');
    expect(screen.queryByText(/märkt som utkast/)).not.toBeInTheDocument();
  });

  it('says that the document of a plan not yet adopted is a draft', async () => {
    renderPage([planOfYear(null, { mayAdopt: false, mayPlan: false }, null)]);
    expect(await screen.findByText('Planen är inte antagen: dokumentet är märkt som utkast.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute('href', '/api/plans/2/2023.pdf');
  });

  it('adopts a draft with the decision, checked with the API’s schema, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    renderPage([
      planOfYear(null, { mayAdopt: true, mayPlan: true }, null),
      {
        request: {
          query: AdoptPlanDialog_Adopt,
          variables: {
            input: {
              orgUnitId: '2',
              year: 2023,
              decisionDate: '2022-12-13',
              caseNumber: 'N170-0123/22',
              expectedVersion: null,
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input', message: 'planAlreadyAdopted' }] },
            },
          ],
        },
      },
    ]);
    expect(await screen.findByText('Ingen plan är antagen för 2023 ännu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anta planen' }));
    const dialog = screen.getByRole('dialog', { name: 'Anta verksamhetsplan 2023' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Diarienummer' }), 'Dnr');
    await user.click(within(dialog).getByRole('button', { name: 'Anta planen' }));
    expect(within(dialog).getByRole('textbox', { name: 'Diarienummer' })).toHaveAccessibleDescription(
      /Skriv diarienumret som registratorn gör/,
    );
    // Left empty: missing, not malformed.
    expect(dateField(/Beslutsdatum/, dialog)).toHaveAccessibleDescription('Fyll i fältet.');

    await user.clear(within(dialog).getByRole('textbox', { name: 'Diarienummer' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Diarienummer' }), 'N170-0123/22');
    await typeDate(user, dateField(/Beslutsdatum/, dialog), '2022-12-13');
    await user.click(within(dialog).getByRole('button', { name: 'Anta planen' }));
    expect(await within(dialog).findByText('Planen är redan antagen.')).toBeInTheDocument();
  });

  it('rolls over with carry or drop per node and a new title, committing the decisions', async () => {
    const user = userEvent.setup();
    const preview = {
      __typename: 'RollOverPreview' as const,
      fromYear: 2023,
      toYear: 2024,
      goals: [
        {
          __typename: 'RollOverGoal' as const,
          goalId: '21',
          title: 'Nämndmål 1',
          alreadyCarried: false,
          perspective: { __typename: 'Perspective' as const, id: '1', year: 2023, name: 'Medarbetare' },
          goalLinks: [
            {
              __typename: 'RollOverGoalLink' as const,
              fromTitle: 'KF-mål',
              toGoalId: '40',
              toTitle: 'KF-mål',
              matchedBy: 'TITLE',
            },
          ],
        },
        {
          __typename: 'RollOverGoal' as const,
          goalId: '22',
          title: 'Nämndmål 2',
          alreadyCarried: false,
          perspective: { __typename: 'Perspective' as const, id: '1', year: 2023, name: 'Medarbetare' },
          goalLinks: [],
        },
      ],
      indicatorLinks: [
        {
          __typename: 'RollOverIndicatorLink' as const,
          goalId: '21',
          goalTitle: 'Nämndmål 1',
          indicatorId: '31',
          indicatorName: 'Sjukfrånvaro',
          alreadyCarried: false,
        },
      ],
      activities: [],
      assignments: [
        {
          __typename: 'RollOverAssignment' as const,
          assignmentId: '5',
          title: 'Öppet uppdrag',
          caseNumber: 'SLK-2022-01441',
          status: 'ONGOING',
        },
      ],
      targets: [
        {
          __typename: 'RollOverTarget' as const,
          indicatorId: '31',
          indicatorName: 'Sjukfrånvaro',
          periods: 12,
          annualTarget: 5,
          alreadyCarried: true,
        },
      ],
    };
    renderPage([
      planOfYear(adoptedPlan, { mayAdopt: true, mayPlan: true }, 'PLAN_ADOPTED'),
      {
        request: { query: RollOverDialog_Preview, variables: { orgUnitId: '2', fromYear: 2023 } },
        result: { data: { rollOverPreview: preview } },
        // Long enough that the dialog is found while it still loads, even on CI's busy cores.
        delay: 3000,
      },
      {
        request: {
          query: RollOverDialog_Commit,
          variables: {
            input: {
              orgUnitId: '2',
              fromYear: 2023,
              goals: [
                { goalId: '21', carry: true, title: 'Sjukfrånvaron ska minska' },
                { goalId: '22', carry: false, title: null },
              ],
              indicatorLinks: [{ goalId: '21', indicatorId: '31', carry: true }],
              activities: [],
              targets: [{ indicatorId: '31', carry: true }],
            },
          },
        },
        result: { data: { commitRollOver: { __typename: 'Plan' as const, id: '8', year: 2024, status: 'DRAFT' } } },
      },
      planOfYear(adoptedPlan, { mayAdopt: true, mayPlan: true }, 'PLAN_ADOPTED'),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Skapa planen för 2024' }));
    // One dialog from loading to preview: the dialog taken while it loads is the one the
    // preview arrives in (a replaced dialog would move the screen reader's focus).
    const dialog = await screen.findByRole('dialog', { name: 'Skapa planen för 2024 från 2023' });
    expect(within(dialog).getByText('Hämtar…')).toBeInTheDocument();
    expect(
      await within(dialog).findByText('Kopplas till: KF-mål (samma titel)', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByText('SLK-2022-01441 · Öppet uppdrag')).toBeInTheDocument();
    const targets = within(dialog).getByRole('checkbox', { name: /Ta med Sjukfrånvaro: 12 perioder/ });
    expect(targets).toBeChecked();
    expect(targets).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ta med Nämndmål 2 (Medarbetare)' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Ny titel för Nämndmål 1' }),
      'Sjukfrånvaron ska minska',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Planen för 2024 är skapad som utkast.')).toBeInTheDocument();
  });
});
