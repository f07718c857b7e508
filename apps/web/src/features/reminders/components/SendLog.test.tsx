import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { SendLog, SendLog_Query, SendLog_Retry } from './SendLog';

const mail = (id: string, status: 'PENDING' | 'SENT' | 'FAILED', extra: object = {}) => ({
  __typename: 'ReminderMail' as const,
  id,
  kind: 'DAILY_REMINDER' as const,
  recipientName: 'Anna Analytiker',
  recipient: 'anna@example.se',
  subject: 'Påminnelse från Lägesbild: 2 saker att göra',
  itemCount: 2,
  status,
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  sentAt: null,
  createdAt: '2023-05-10T05:00:00.000Z',
  ...extra,
});

describe('Administration → Utskick', () => {
  it('lists the mails with their status, attempts and the last error, and filters by status', async () => {
    renderWithApollo(
      <SendLog />,
      createTestClient([
        {
          request: { query: SendLog_Query, variables: { status: null } },
          result: {
            data: {
              reminderMails: [
                mail('2', 'PENDING', {
                  nextAttemptAt: '2023-05-10T05:01:00.000Z',
                  lastError: '451 Mailbox busy, try again later',
                }),
                mail('1', 'SENT', { sentAt: '2023-05-10T05:00:02.000Z' }),
              ],
            },
          },
        },
        {
          request: { query: SendLog_Query, variables: { status: 'FAILED' } },
          result: { data: { reminderMails: [] } },
        },
      ]),
    );
    const table = await screen.findByRole('table', { name: 'Utskick av påminnelser' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Väntar');
    expect(rows[0]).toHaveTextContent('Nästa försök 2023-05-10 07:01');
    expect(rows[0]).toHaveTextContent('451 Mailbox busy, try again later');
    expect(rows[1]).toHaveTextContent('Skickat 2023-05-10 07:00');
    expect(rows[1]).toHaveTextContent('anna@example.se');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Misslyckat' }));
    expect(await screen.findByText('Inga utskick ännu.')).toBeVisible();
  });
});

describe('Administration → Utskick: sending a failed mail again', () => {
  it('puts a failed mail back in the queue by keyboard and says so', async () => {
    const failed = mail('3', 'FAILED', { attempts: 5, lastError: 'connect ECONNREFUSED 10.0.0.25:587' });
    const requeued = { ...failed, status: 'PENDING' as const, attempts: 0, nextAttemptAt: '2023-05-10T06:00:00.000Z' };
    renderWithApollo(
      <SendLog />,
      createTestClient([
        {
          request: { query: SendLog_Query, variables: { status: null } },
          result: { data: { reminderMails: [failed] } },
        },
        {
          request: { query: SendLog_Retry, variables: { input: { id: '3' } } },
          result: {
            data: {
              retryReminderMail: {
                __typename: 'ReminderMail',
                id: '3',
                status: 'PENDING',
                attempts: 0,
                nextAttemptAt: '2023-05-10T06:00:00.000Z',
              },
            },
          },
        },
        {
          request: { query: SendLog_Query, variables: { status: null } },
          result: { data: { reminderMails: [requeued] } },
        },
      ]),
    );
    const button = await screen.findByRole('button', { name: 'Skicka utskicket till Anna Analytiker igen' });
    act(() => button.focus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Utskicket till Anna Analytiker skickas igen vid nästa körning.',
    );
    const row = within(screen.getByRole('table', { name: 'Utskick av påminnelser' })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Väntar');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});
