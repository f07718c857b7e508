import { screen, within } from '@testing-library/react';
import { isoToday } from '@lagesbild/types';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { ToDoList, ToDoList_Query } from './ToDoList';

const DAY = 86_400_000;
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${isoToday()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const item = (id: string, kind: string, title: string, deadline: string, overdue: boolean, link: string) => ({
  __typename: 'ToDoItem' as const,
  id,
  kind,
  title,
  orgUnitName: 'Nämnden för Intraservice',
  periodKind: 'MONTH',
  year: 2026,
  periodNumber: 10,
  deadline,
  overdue,
  link,
});

const LATE = daysFromToday(-5);
const SOON = daysFromToday(4);

const listQuery = (items: ReturnType<typeof item>[]) => ({
  request: { query: ToDoList_Query },
  result: { data: { myToDo: items } },
});

describe('Att göra', () => {
  it('groups the items by deadline, marks the overdue, and links each to where it is done', async () => {
    renderWithApollo(
      <ToDoList />,
      createTestClient([
        listQuery([
          item('a', 'INDICATOR_VALUE', 'Sjukfrånvaro', LATE, true, '/registrera?enhet=intraservice&period=2026-10'),
          item(
            'b',
            'GOAL_ASSESSMENT',
            'Nöjda kunder',
            LATE,
            true,
            '/registrera?enhet=intraservice&period=2026-10#mal-4',
          ),
          item('c', 'REPORT_APPROVAL', 'Månadsrapport oktober 2026, Intraservice', SOON, false, '/rapporter/7'),
        ]),
      ]),
      { url: '/att-gora' },
    );
    expect(await screen.findByText('3 saker att göra · 2 försenade')).toHaveAttribute('role', 'status');
    const late = screen.getByRole('region', { name: new RegExp(`^Sista dag ${LATE}`) });
    expect(within(late).getByText('Försenad')).toBeVisible();
    expect(within(late).getByRole('link', { name: /^Sjukfrånvaro/ })).toHaveAttribute(
      'href',
      '/registrera?enhet=intraservice&period=2026-10',
    );
    expect(within(late).getByRole('link', { name: /^Sjukfrånvaro/ })).toHaveTextContent(
      'Indikatorvärde · Nämnden för Intraservice · oktober 2026',
    );
    expect(within(late).getByRole('link', { name: /^Nöjda kunder/ })).toHaveTextContent('Målbedömning');
    const soon = screen.getByRole('region', { name: new RegExp(`^Sista dag ${SOON}`) });
    expect(within(soon).getByText('om 4 dagar')).toBeVisible();
    expect(within(soon).queryByText('Försenad')).toBeNull();
    expect(within(soon).getByRole('link', { name: /^Månadsrapport oktober 2026/ })).toHaveAttribute(
      'href',
      '/rapporter/7',
    );
  });

  it('says so when there is nothing to do, in English too', async () => {
    renderWithApollo(<ToDoList />, createTestClient([listQuery([])]), { url: '/att-gora', language: 'en' });
    expect(await screen.findByText('You have nothing to report right now.')).toBeVisible();
  });

  it('offers to try again when the list cannot be read', async () => {
    renderWithApollo(
      <ToDoList />,
      createTestClient([{ request: { query: ToDoList_Query }, error: new Error('network down') }]),
      { url: '/att-gora' },
    );
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeVisible();
  });
});
