import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { periodClosedRefusal } from '../../../test/period-closed-refusal';
import { renderWithProviders } from '../../../test/render-with-providers';
import { AssignmentStatusDialog, AssignmentStatusDialog_Save as SAVE } from './AssignmentStatusDialog';
import type { AssignmentRow } from './AssignmentTable';
import { dateField, typeDate } from '../../../test/date-fields';

const assignment: AssignmentRow = {
  id: '1',
  title: 'Samverkanslokaler',
  source: 'COUNCIL_BUDGET',
  caseNumber: 'SLK-2022-01441',
  deadline: '2024-06-30',
  year: 2023,
  version: 1,
  mayEdit: false,
  mayReport: true,
  orgUnit: { id: 'u1', name: 'Kommunstyrelsen' },
  update: {
    id: 'up1',
    year: 2024,
    month: 8,
    status: 'PROPOSED_COMPLETE',
    comment: 'Inflyttning i september',
    decisionDate: null,
    decisionCaseNumber: null,
    version: 1,
  },
};

describe('the assignment status dialog', () => {
  it('asks for the decision’s date and case number when declared complete, and names what is missing', async () => {
    let closed = false;
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <AssignmentStatusDialog
          assignment={assignment}
          period={{ year: 2024, month: 9 }}
          onClose={() => {
            closed = true;
          }}
        />
      </MockedProvider>,
    );
    expect(screen.queryByRole('group', { name: /Beslutsdatum/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Förklarat fullgjort' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(dateField(/Beslutsdatum/)).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: /Beslutets diarienummer/ })).toHaveAccessibleDescription(
      'Fyll i fältet.',
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Beslutets diarienummer/ }), 'KS 2024-09-25 § 3');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: /Beslutets diarienummer/ })).toHaveAccessibleDescription(
      'Skriv diarienumret som registratorn gör, t.ex. N170-0123/22 eller SLK-2022-01441.',
    );
    expect(closed).toBe(false);
  });

  it('saves the declaration with the decision, for the month viewed, as a new status of that month', async () => {
    const input = {
      assignmentId: '1',
      year: 2024,
      month: 9,
      status: 'DECLARED_COMPLETE' as const,
      comment: 'Förklarat fullgjort av kommunstyrelsen',
      decisionDate: '2024-09-25',
      decisionCaseNumber: 'SLK-2024-01200',
      expectedVersion: null,
    };
    let saved = false;
    let closed = false;
    const mock = {
      request: { query: SAVE, variables: { input } },
      result: () => {
        saved = true;
        return {
          data: {
            saveAssignmentUpdate: {
              __typename: 'AssignmentUpdate' as const,
              id: 'up2',
              status: 'DECLARED_COMPLETE' as const,
              comment: input.comment,
              decisionDate: input.decisionDate,
              decisionCaseNumber: input.decisionCaseNumber,
              version: 1,
            },
          },
        };
      },
    };
    renderWithProviders(
      <MockedProvider mocks={[mock]}>
        <AssignmentStatusDialog
          assignment={assignment}
          period={{ year: 2024, month: 9 }}
          onClose={() => {
            closed = true;
          }}
        />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Förklarat fullgjort' }));
    await typeDate(userEvent, dateField(/Beslutsdatum/), '2024-09-25');
    await userEvent.type(screen.getByRole('textbox', { name: /Beslutets diarienummer/ }), 'SLK-2024-01200');
    await userEvent.type(screen.getByRole('textbox', { name: 'Kommentar' }), input.comment);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(saved).toBe(true);
  });

  it('asks for a correction reason when the month lies in a closed period, keeps the status chosen, and sends the reason', async () => {
    type Sent = { input: { status: string; correctionReason?: string | null } };
    let closed = false;
    let saved = 0;
    const refusal = periodClosedRefusal(SAVE, ({ input }: Sent) => !input.correctionReason);
    const correction = {
      request: {
        query: SAVE,
        variables: ({ input }: Sent) =>
          input.status === 'ONGOING' && input.correctionReason === 'Statusen för augusti saknades',
      },
      result: () => {
        saved += 1;
        return {
          data: {
            saveAssignmentUpdate: {
              __typename: 'AssignmentUpdate' as const,
              id: 'up3',
              status: 'ONGOING' as const,
              comment: null,
              decisionDate: null,
              decisionCaseNumber: null,
              version: 1,
            },
          },
        };
      },
    };
    renderWithProviders(
      <MockedProvider mocks={[refusal, correction]}>
        <AssignmentStatusDialog
          assignment={assignment}
          period={{ year: 2024, month: 7 }}
          onClose={() => {
            closed = true;
          }}
        />
      </MockedProvider>,
    );
    expect(screen.queryByRole('textbox', { name: 'Skäl till rättelse' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Pågående' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const reason = await screen.findByRole('textbox', { name: 'Skäl till rättelse' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(screen.getByText(/Månaden ligger i en stängd period/)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Pågående');
    expect(closed).toBe(false);

    await userEvent.type(reason, 'Statusen för augusti saknades');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(saved).toBe(1);
  });
});
