import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FragmentType, Unmasked } from '@apollo/client';
import type { YearMonth } from '@lagesbild/types';
import type { GoalCard_GoalFragment, GoalsByPerspective_GoalFragment } from '../../../generated/graphql';
import type { Language } from '../../../i18n/i18n';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { GoalsByPerspective, GoalsByPerspective_goal } from './GoalsByPerspective';
import type { GoalsByPerspectiveProps } from './GoalsByPerspective';

const perspectives = [
  { id: 'p1', name: 'Kund och ägare' },
  { id: 'p2', name: 'Medarbetare' },
];

const sickLeave = {
  id: '1',
  name: 'Sjukfrånvaro',
  unit: 'PERCENT',
  periodicity: 'MONTH',
  latestValue: {
    id: '10',
    period: '2023-05',
    outcome: 5.9,
    periodTarget: 5,
    annualTarget: 5,
    fullYearForecast: 5.5,
    isSynthetic: false,
    status: 'RED',
    statusOverride: null,
  },
} as const;

/** A goal as the page's query leaves it in the cache: every component's fields. */
type Goal = Unmasked<GoalsByPerspective_GoalFragment> & Unmasked<GoalCard_GoalFragment>;

const goals: Goal[] = [
  {
    id: 'c1',
    level: 'COUNCIL',
    title: 'Sjukskrivningarna ska minska.',
    description: null,
    year: 2023,
    version: 1,
    canPlan: false,
    perspective: { id: 'p2', name: 'Medarbetare' },
    orgUnit: { id: 'u1', code: 'goteborg', name: 'Göteborgs Stad' },
    parents: [],
    assessment: null,
    indicators: [],
    activities: [],
  },
  {
    id: 'g1',
    level: 'COMMITTEE',
    title: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    description: null,
    year: 2023,
    version: 1,
    canPlan: false,
    perspective: { id: 'p2', name: 'Medarbetare' },
    orgUnit: { id: 'u2', code: 'intraservice', name: 'Nämnden för Intraservice' },
    parents: [{ id: 'c1', title: 'Sjukskrivningarna ska minska.', level: 'COUNCIL' }],
    activities: [
      {
        id: 'act1',
        title: 'Genomföra medarbetarenkät',
        description: null,
        owner: 'Anna Andersson',
        ownerId: null,
        startDate: null,
        version: 1,
        endDate: '2023-12-31',
        update: { id: 'u1', status: 'DELAYED', comment: 'Enkäten skjuts till hösten.' },
      },
      {
        id: 'act2',
        title: 'Chefsutbildning',
        description: null,
        owner: null,
        ownerId: null,
        startDate: null,
        endDate: null,
        version: 1,
        update: null,
      },
    ],
    assessment: {
      id: 'a1',
      year: 2023,
      month: 5,
      fulfilment: 'PARTLY_FULFILLED',
      comment: 'Sjukfrånvaron ökar något.',
      version: 1,
    },
    indicators: [
      sickLeave,
      { id: '2', name: 'Frisknärvaro', unit: 'PERCENT', periodicity: 'YEAR', latestValue: null },
      {
        id: '3',
        name: 'Korttidsfrånvaro',
        unit: 'PERCENT',
        periodicity: 'MONTH',
        latestValue: {
          ...sickLeave.latestValue,
          id: '30',
          outcome: 1.7,
          periodTarget: null,
          annualTarget: null,
          fullYearForecast: null,
          isSynthetic: true,
          status: 'NOT_ASSESSED',
        },
      },
    ],
  },
];

const may2023 = { year: 2023, month: 5 };

/** Writes the goals into the cache as the page's query would for `period`, and renders them. */
function renderGoals(
  shown: readonly Goal[],
  {
    period = may2023,
    canAssess = false,
    showOrgUnit = false,
    language = 'sv',
    planning = null,
  }: {
    period?: YearMonth;
    canAssess?: boolean;
    showOrgUnit?: boolean;
    language?: Language;
    planning?: GoalsByPerspectiveProps['planning'];
  } = {},
) {
  const client = createTestClient();
  // The records the cache keeps by id carry their type, as the API's answers do.
  const written = shown.map((goal) => ({
    ...goal,
    __typename: 'Goal' as const,
    indicators: goal.indicators.map((indicator) => ({ ...indicator, __typename: 'Indicator' as const })),
    activities: goal.activities.map((activity) => ({ ...activity, __typename: 'Activity' as const })),
  }));
  for (const goal of written) {
    client.cache.writeFragment({
      fragment: GoalsByPerspective_goal,
      fragmentName: 'GoalsByPerspective_goal',
      data: goal,
      variables: { upTo: period },
    });
  }
  const refs = written as readonly FragmentType<typeof GoalsByPerspective_goal>[];
  return renderWithApollo(
    <GoalsByPerspective
      goals={refs}
      period={period}
      canAssess={canAssess}
      showOrgUnit={showOrgUnit}
      planning={planning}
      perspectives={perspectives}
    />,
    client,
    { language },
  );
}

describe('goals by perspective', () => {
  it('shows each committee goal under its perspective with the council goals it serves', () => {
    renderGoals(goals);
    const section = screen.getByRole('region', { name: 'Medarbetare' });
    const goal = within(section).getByRole('article', {
      name: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    });
    expect(within(goal).getByText('Delvis uppfyllt')).toBeInTheDocument();
    expect(within(goal).getByText('Sjukfrånvaron ökar något.')).toBeInTheDocument();
    // The council goal heads its committee goals; it is not a card of its own.
    expect(
      within(section).getByRole('heading', { level: 3, name: 'Sjukskrivningarna ska minska.' }),
    ).toBeInTheDocument();
    expect(within(goal).queryByText('Sjukskrivningarna ska minska.')).not.toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it("lists a goal's activities with their status in words and latest comment", () => {
    renderGoals(goals);
    const activities = screen.getByRole('table', { name: /^Aktiviteter för Vi ska attrahera/ });
    const delayed = within(activities).getByRole('row', { name: /Genomföra medarbetarenkät/ });
    expect(within(delayed).getByText('Försenad')).toBeInTheDocument();
    expect(within(delayed).getByText('Enkäten skjuts till hösten.')).toBeInTheDocument();
    expect(within(delayed).getByText('2023-12-31')).toBeInTheDocument();
    const unreported = within(activities).getByRole('row', { name: /Chefsutbildning/ });
    expect(within(unreported).getByText('Ej rapporterad')).toBeInTheDocument();
  });

  it("names each goal's unit when the page gathers several units", () => {
    renderGoals(goals, { showOrgUnit: true });
    expect(screen.getByText('Nämndmål · Nämnden för Intraservice')).toBeInTheDocument();
  });

  it('gives status in words next to Swedish figures', () => {
    renderGoals(goals);
    const row = screen.getByRole('row', { name: /Sjukfrånvaro/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.replace(/\u00a0/g, ' '));
    expect(cells).toEqual(['maj 2023', '5,9 %', '5 %', '5,5 %', 'Når inte målet', '']);
    expect(within(row).getByRole('button', { name: 'Historik för Sjukfrånvaro' })).toBeInTheDocument();
  });

  it('says when there is no outcome and marks generated values', () => {
    renderGoals(goals);
    const unreported = within(screen.getByRole('row', { name: /Frisknärvaro/ }));
    expect(unreported.getByText('Inget utfall')).toBeInTheDocument();
    expect(unreported.getByText('Ej rapporterad')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Korttidsfrånvaro/ })).getByTitle('Genererat värde'),
    ).toBeInTheDocument();
  });

  it('offers to assess a goal only to those who may, and its history to everyone', () => {
    const { unmount } = renderGoals(goals);
    expect(screen.queryByRole('button', { name: 'Bedöm' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Historik' })).toBeInTheDocument();
    unmount();
    renderGoals(goals, { canAssess: true });
    expect(screen.getByRole('button', { name: 'Bedöm' })).toBeInTheDocument();
  });

  it('shows an indicator whose figures stopped coming as not reported, not in its old colour', () => {
    renderGoals(goals, { period: { year: 2023, month: 8 } });
    const row = within(screen.getByRole('row', { name: /Sjukfrånvaro/ }));
    expect(row.getByText('Ej rapporterad sedan maj 2023')).toBeInTheDocument();
    expect(row.queryByText('Når inte målet')).not.toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    renderGoals(goals, { language: 'en' });
    const row = screen.getByRole('row', { name: /Sjukfrånvaro/ });
    expect(within(row).getByText('Not on target')).toBeInTheDocument();
    expect(within(row).getByText('May 2023')).toBeInTheDocument();
  });

  it('opens the goals one by one when a page gathers many', async () => {
    const many = Array.from({ length: 30 }, (_, index) => ({ ...goals[1]!, id: `g${index}`, title: `Mål ${index}` }));
    renderGoals(many, { showOrgUnit: true });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const first = screen.getByRole('article', { name: 'Mål 0' });
    await userEvent.click(within(first).getByRole('button', { name: 'Visa indikatorer (3) och aktiviteter (2)' }));
    expect(within(first).getByRole('table', { name: 'Indikatorer för Mål 0' })).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });

  it('shows readers no edit controls', () => {
    renderGoals(goals);
    expect(screen.queryByRole('button', { name: /Nytt mål/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Planera/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny aktivitet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ändra aktiviteten/ })).not.toBeInTheDocument();
  });

  it('gives a planner "Nytt mål" in every perspective and a menu on the goals they may plan', async () => {
    renderGoals(
      goals.map((goal) => (goal.level === 'COMMITTEE' ? { ...goal, canPlan: true } : goal)),
      { planning: { orgUnitId: 'u2', year: 2023, level: 'COMMITTEE' } },
    );
    expect(screen.getByRole('button', { name: 'Nytt mål i perspektivet Kund och ägare' })).toBeInTheDocument();
    expect(screen.getByText('Inga mål i perspektivet ännu.')).toBeInTheDocument();
    // The council goal is the city's: a committee's planner has no menu on it.
    expect(
      screen.queryByRole('button', { name: 'Planera målet Sjukskrivningarna ska minska.' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Planera målet Vi ska attrahera, utveckla och behålla medarbetare och chefer',
      }),
    );
    const menu = screen.getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Ändra', 'Koppla indikatorer', 'Flytta upp', 'Flytta ned', 'Avsluta målet']);
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Ny aktivitet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ändra aktiviteten Chefsutbildning' })).toBeInTheDocument();
  });
});
