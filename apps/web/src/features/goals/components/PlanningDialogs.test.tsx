import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { PlannedActivity } from '../goal-plan';
import {
  ActivityDialog,
  ActivityDialog_Create,
  ActivityDialog_OwnerOptions,
  ActivityDialog_Update,
} from './ActivityDialog';
import { GoalDialog, GoalDialog_Create, GoalDialog_ParentOptions } from './GoalDialog';
import { dateField, typeDate } from '../../../test/date-fields';

const perspectives = [
  { id: '1', name: 'Kund och ägare' },
  { id: '2', name: 'Medarbetare' },
];

const parentOptions: MockLink.MockedResponse = {
  request: { query: GoalDialog_ParentOptions, variables: { orgUnitId: '20', year: 2023 } },
  result: {
    data: {
      goalParentOptions: [
        {
          __typename: 'Goal',
          id: '11',
          title: 'Sjukskrivningarna ska minska.',
          level: 'COUNCIL',
          perspective: { __typename: 'Perspective', id: '2', name: 'Medarbetare' },
        },
      ],
    },
  },
};

const ownerOptions: MockLink.MockedResponse = {
  request: { query: ActivityDialog_OwnerOptions, variables: { orgUnitId: '20' } },
  result: {
    data: { activityOwnerOptions: [{ __typename: 'ActivityOwnerOption', id: '7', name: 'Petra Planerare' }] },
  },
  maxUsageCount: 5,
};

function renderGoalDialog(mocks: MockLink.MockedResponse[]) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <GoalDialog
        goal={{ kind: 'new', place: { orgUnitId: '20', year: 2023, level: 'COMMITTEE', perspectiveId: '2' } }}
        perspectives={perspectives}
        onClose={() => undefined}
        onSaved={() => saved.count++}
      />
    </MockedProvider>,
  );
  return saved;
}

describe('the goal dialog', () => {
  it('refuses a blank title and a goal serving nothing beside their fields, saving nothing', async () => {
    const saved = renderGoalDialog([parentOptions]);
    await screen.findByRole('checkbox', { name: /Sjukskrivningarna ska minska\./ });
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Mål' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByText('Välj minst ett mål som målet bidrar till.')).toBeVisible();
    expect(saved.count).toBe(0);
  });

  it('creates a committee goal in the chosen perspective serving the council goal ticked', async () => {
    const saved = renderGoalDialog([
      parentOptions,
      {
        request: {
          query: GoalDialog_Create,
          variables: {
            input: {
              orgUnitId: '20',
              year: 2023,
              level: 'COMMITTEE',
              title: 'Frisknärvaron ska öka',
              description: null,
              perspectiveId: '2',
              parentIds: ['11'],
            },
          },
        },
        result: { data: { createGoal: { __typename: 'Goal', id: '19' } } },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Mål' }), 'Frisknärvaron ska öka');
    // Keyboard only: Tab to the council goal and tick it with the space bar.
    const councilGoal = await screen.findByRole('checkbox', { name: /Sjukskrivningarna ska minska\./ });
    act(() => councilGoal.focus());
    await userEvent.keyboard(' ');
    expect(councilGoal).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });
});

const activity: PlannedActivity = {
  id: '31',
  version: 3,
  goalId: '12',
  title: 'Chefsutbildning',
  description: null,
  ownerId: '7',
  owner: 'Petra Planerare',
  startDate: '2023-02-01',
  endDate: '2023-11-30',
};

describe('the activity dialog', () => {
  it('refuses an end before the start beside the end', async () => {
    const saved = { count: 0 };
    renderWithProviders(
      <MockedProvider mocks={[ownerOptions]}>
        <ActivityDialog
          activity={{ kind: 'existing', activity }}
          orgUnitId="20"
          goalTitle="Mål"
          onClose={() => undefined}
          onSaved={() => saved.count++}
        />
      </MockedProvider>,
    );
    await typeDate(userEvent, dateField('Slutdatum'), '2023-01-31');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(dateField('Slutdatum')).toHaveAccessibleDescription('Slutet kan inte ligga före starten.');
    expect(saved.count).toBe(0);
  });

  it('keeps a typed name as the owner of someone without an account', async () => {
    const saved = { count: 0 };
    renderWithProviders(
      <MockedProvider
        mocks={[
          ownerOptions,
          {
            request: {
              query: ActivityDialog_Create,
              variables: {
                input: {
                  goalId: '12',
                  title: 'Hälsovecka',
                  description: null,
                  ownerId: null,
                  ownerName: 'Extern konsult',
                  startDate: null,
                  endDate: null,
                },
              },
            },
            result: { data: { createActivity: { __typename: 'Activity', id: '39' } } },
          },
        ]}
      >
        <ActivityDialog
          activity={{ kind: 'new', goalId: '12' }}
          orgUnitId="20"
          goalTitle="Mål"
          onClose={() => undefined}
          onSaved={() => saved.count++}
        />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Aktivitet' }), 'Hälsovecka');
    await userEvent.type(screen.getByRole('combobox', { name: 'Ansvarig' }), 'Extern konsult');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });

  it('on a conflict offers to save over the colleague’s version', async () => {
    renderWithProviders(
      <MockedProvider
        mocks={[
          ownerOptions,
          {
            request: { query: ActivityDialog_Update, variables: () => true },
            result: {
              errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT', current: { ...activity, version: 4 } } }],
            },
          },
        ]}
      >
        <ActivityDialog
          activity={{ kind: 'existing', activity }}
          orgUnitId="20"
          goalTitle="Mål"
          onClose={() => undefined}
          onSaved={() => undefined}
        />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('button', { name: 'Spara mina värden ändå' })).toBeVisible();
  });
});
