import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dateField, typeDate } from '../../../test/date-fields';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { PeriodDeadlineDialog_Move } from './PeriodDeadlineDialog';
import { PeriodStatusDialog_Close } from './PeriodStatusDialog';
import { ReportingCalendarAdmin, ReportingCalendarAdmin_Query } from './ReportingCalendarAdmin';

const period = (id: string, kind: string, number: number, endDate: string, deadline: string, changes = {}) => ({
  __typename: 'ReportingPeriod' as const,
  id,
  kind,
  number,
  year: 2027,
  endDate,
  deadline,
  ruleDeadline: deadline,
  deadlineMoved: false,
  levelDeadlines: [] as { __typename: 'ReportingLevelDeadline'; level: string; deadline: string }[],
  status: 'OPEN',
  statusReason: null,
  version: 1,
  ...changes,
});

const MAY = period('5', 'MONTH', 5, '2027-05-31', '2027-06-10', {
  levelDeadlines: [{ __typename: 'ReportingLevelDeadline', level: 'BUSINESS_AREA', deadline: '2027-06-07' }],
});
const JULY = period('7', 'MONTH', 7, '2027-07-31', '2027-08-16', { deadlineMoved: true, ruleDeadline: '2027-08-11' });
const INTERIM = period('17', 'INTERIM', 2, '2027-08-31', '2027-09-10');

const calendarQuery = {
  request: { query: ReportingCalendarAdmin_Query, variables: { year: 2027 } },
  result: {
    data: {
      orgUnits: [{ __typename: 'OrgUnit', id: '1', kind: 'CITY' }],
      reportingCalendar: {
        __typename: 'ReportingCalendar',
        id: '3',
        orgUnitId: '1',
        year: 2027,
        workingDaysAfterPeriodEnd: 8,
        version: 1,
        periods: [MAY, JULY, INTERIM],
      },
    },
  },
};

const fieldError = (field: string, message: string) => ({
  errors: [{ message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] } }],
});

function renderAdmin(mocks: Parameters<typeof createTestClient>[0]) {
  return renderWithApollo(<ReportingCalendarAdmin />, createTestClient(mocks), {
    url: '/administration/rapporteringskalender?ar=2027',
  });
}

describe('Administration → Rapporteringskalender', () => {
  it("lists the year's periods with their deadline per level and state", async () => {
    renderAdmin([calendarQuery]);
    const table = await screen.findByRole('table', { name: 'Rapporteringsperioderna 2027' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^maj 2027.*2027-05-31.*2027-06-10.*2027-06-07.*Öppen/),
      expect.stringMatching(/^juli 2027.*2027-08-16 \(flyttad\).*som nämnden/),
      expect.stringMatching(/^Delårsrapport per augusti 2027/),
    ]);
    expect(screen.getByRole('spinbutton', { name: 'Arbetsdagar efter periodens slut' })).toHaveValue(8);
  });

  it("moves a period's deadline and shows the API's refusal beside the field", async () => {
    renderAdmin([
      calendarQuery,
      {
        request: {
          query: PeriodDeadlineDialog_Move,
          variables: { input: { periodId: '5', deadline: '2027-05-31', expectedVersion: 1 } },
        },
        result: fieldError('input.deadline', 'deadlineNotAfterPeriodEnd'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra sista dag för maj 2027' }));
    const dialog = screen.getByRole('dialog', { name: 'Sista dag för maj 2027' });
    const field = dateField('Sista dag för nämnden och övriga', dialog);
    expect(field).toHaveAccessibleDescription('Regeln ger 2027-06-10.');
    await typeDate(userEvent, field, '2027-05-31');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(dateField('Sista dag för nämnden och övriga', dialog)).toHaveAccessibleDescription(
        'Sista dagen ska ligga efter periodens slut.',
      ),
    );
  });

  it('closes a period with an optional reason', async () => {
    renderAdmin([
      calendarQuery,
      {
        request: {
          query: PeriodStatusDialog_Close,
          variables: { input: { periodId: '5', expectedVersion: 1, reason: 'Rapporterat' } },
        },
        result: {
          data: {
            closeReportingPeriod: {
              __typename: 'ReportingPeriod',
              id: '5',
              status: 'CLOSED',
              statusReason: 'Rapporterat',
              closedAt: '2027-06-11T08:00:00.000Z',
              version: 2,
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Stäng maj 2027' }));
    const dialog = screen.getByRole('dialog', { name: 'Stäng maj 2027' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Skäl (frivilligt)' }), 'Rapporterat');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng perioden' }));
    expect(await screen.findByText('maj 2027 är stängd.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna maj 2027 igen' })).toBeInTheDocument();
  });

  it('refuses to reopen a period without a reason, before anything is sent', async () => {
    const closedMay = { ...MAY, status: 'CLOSED' };
    renderAdmin([
      {
        ...calendarQuery,
        result: {
          data: {
            ...calendarQuery.result.data,
            reportingCalendar: { ...calendarQuery.result.data.reportingCalendar, periods: [closedMay] },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Öppna maj 2027 igen' }));
    const dialog = screen.getByRole('dialog', { name: 'Öppna maj 2027 igen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna perioden' }));
    expect(within(dialog).getByRole('textbox', { name: /^Skäl/ })).toHaveAccessibleDescription('Fyll i fältet.');
  });
});
