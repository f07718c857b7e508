import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ProjectStatusUpdateDialog, ProjectStatusUpdateDialog_Add } from './ProjectStatusUpdateDialog';
import type { ProjectStatusUpdateDialogProps } from './ProjectStatusUpdateDialog';
import { dateField, typeDate } from '../../../test/date-fields';

const project = { id: '7', name: 'Upphandla och införa helhetslösning för telefoni' };

interface SentInput {
  input: {
    basedOnStatusUpdateId: string | null;
    result: { status: string; cause: string };
    correctionReason?: string | null;
  };
}

function renderDialog(
  mocks: MockLink.MockedResponse[] = [],
  startFrom: ProjectStatusUpdateDialogProps['startFrom'] = null,
) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <ProjectStatusUpdateDialog
        project={project}
        latestFiledStatusUpdateId="41"
        startFrom={startFrom}
        onClose={() => undefined}
        onSaved={() => saved.count++}
      />
    </MockedProvider>,
  );
  return saved;
}

/** Marks a dimension yellow and writes its cause and action. */
async function reportYellow(dimension: 'Tid' | 'Kostnad' | 'Resultat', cause: string, action: string) {
  await userEvent.click(within(screen.getByRole('group', { name: dimension })).getByRole('button', { name: 'gul' }));
  await userEvent.type(screen.getByRole('textbox', { name: `Orsak (${dimension.toLowerCase()})` }), cause);
  await userEvent.type(screen.getByRole('textbox', { name: `Åtgärd (${dimension.toLowerCase()})` }), action);
}

const serverAnswer = (extensions: Record<string, unknown>, matches: (variables: SentInput) => boolean) => ({
  request: { query: ProjectStatusUpdateDialog_Add, variables: matches },
  result: { errors: [{ message: 'Refused', extensions }] },
});

describe('the new status update form', () => {
  it('starts from the status update in effect: its colours, causes and actions, so a red project is not reported green', () => {
    renderDialog([], {
      time: 'RED',
      cost: 'YELLOW',
      result: 'GREEN',
      deviations: [
        {
          dimension: 'TIME',
          cause: 'Leverantören är försenad.',
          action: 'Vite enligt avtal.',
          actionOwner: 'Kim Projektledare',
          actionOwnerUserId: null,
          actionDueDate: '2023-06-30',
        },
        {
          dimension: 'COST',
          cause: 'Fler licenser.',
          action: 'Omförhandla.',
          actionOwner: null,
          actionOwnerUserId: null,
          actionDueDate: null,
        },
      ],
    });
    const pressed = (dimension: string) =>
      within(screen.getByRole('group', { name: dimension }))
        .getAllByRole('button')
        .filter((button) => button.getAttribute('aria-pressed') === 'true')
        .map((button) => button.textContent);
    expect([pressed('Tid'), pressed('Kostnad'), pressed('Resultat')]).toEqual([['röd'], ['gul'], ['grön']]);
    expect(screen.getByRole('textbox', { name: 'Orsak (tid)' })).toHaveValue('Leverantören är försenad.');
    expect(screen.getByRole('textbox', { name: 'Åtgärd (kostnad)' })).toHaveValue('Omförhandla.');
    expect(screen.queryByRole('textbox', { name: 'Orsak (resultat)' })).not.toBeInTheDocument();
  });

  it('asks for cause and action next to a red dimension before anything is sent', async () => {
    const saved = renderDialog();
    expect(screen.queryByRole('textbox', { name: 'Orsak (tid)' })).not.toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('group', { name: 'Tid' })).getByRole('button', { name: 'röd' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Orsak (tid)' })).toHaveAccessibleDescription(
      'Ange orsak när statusen är gul eller röd.',
    );
    expect(screen.getByRole('textbox', { name: 'Åtgärd (tid)' })).toHaveAccessibleDescription(
      'Ange åtgärd när statusen är gul eller röd.',
    );
    expect(saved.count).toBe(0);
  });

  it("shows the server's refusal of a field next to that field", async () => {
    renderDialog([
      serverAnswer(
        { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.result.cause', message: 'tooLong' }] },
        () => true,
      ),
    ]);
    await reportYellow('Resultat', 'Ej stabilt system', 'Rättningar prioriteras');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Orsak (resultat)' })).toHaveAccessibleDescription(
        'Texten är för lång.',
      ),
    );
  });

  it("shows a status update filed meanwhile and files the user's own on top of it when asked", async () => {
    const saved = renderDialog([
      serverAnswer(
        {
          code: 'CONFLICT',
          current: { id: '42', statusDate: '2024-09-30', time: 'RED', cost: 'GREEN', result: 'YELLOW' },
        },
        ({ input }) => input.basedOnStatusUpdateId === '41',
      ),
      {
        request: {
          query: ProjectStatusUpdateDialog_Add,
          variables: ({ input }: SentInput) =>
            input.basedOnStatusUpdateId === '42' && input.result.cause === 'Ej stabilt system',
        },
        result: {
          data: { addProjectStatusUpdate: { __typename: 'ProjectStatusUpdate', id: '43', statusDate: '2024-10-01' } },
        },
      },
    ]);
    await reportYellow('Resultat', 'Ej stabilt system', 'Rättningar prioriteras');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText(/Nu senast rapporterat 2024-09-30: tid röd, kostnad grön, resultat gul/),
    ).toBeVisible();
    expect(saved.count).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    expect(screen.getByRole('textbox', { name: 'Orsak (resultat)' })).toHaveValue('Ej stabilt system');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });

  it("sends the action's owner and due date with a red dimension", async () => {
    const saved = renderDialog([
      {
        request: {
          query: ProjectStatusUpdateDialog_Add,
          variables: ({ input }: { input: { time: Record<string, string> } }) =>
            input.time.actionOwner === 'Eva Inköp' && input.time.actionDueDate === '2024-10-15',
        },
        result: {
          data: { addProjectStatusUpdate: { __typename: 'ProjectStatusUpdate', id: '43', statusDate: '2024-10-01' } },
        },
      },
    ]);
    await userEvent.click(within(screen.getByRole('group', { name: 'Tid' })).getByRole('button', { name: 'röd' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Orsak (tid)' }), 'Leverantören sen');
    await userEvent.type(screen.getByRole('textbox', { name: 'Åtgärd (tid)' }), 'Vite enligt avtal');
    await userEvent.type(screen.getByRole('combobox', { name: 'Ansvarig för åtgärden (tid)' }), 'Eva Inköp');
    await typeDate(userEvent, dateField('Klart senast (tid)'), '2024-10-15');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });

  it('asks for a correction reason when the status date lies in a closed period, and sends it on the next save', async () => {
    const saved = renderDialog([
      serverAnswer(
        { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.correctionReason', message: 'periodClosed' }] },
        ({ input }) => !input.correctionReason,
      ),
      {
        request: {
          query: ProjectStatusUpdateDialog_Add,
          variables: ({ input }: SentInput) =>
            input.correctionReason === 'Fel status rapporterades' && input.result.cause === 'Ej stabilt system',
        },
        result: {
          data: { addProjectStatusUpdate: { __typename: 'ProjectStatusUpdate', id: '43', statusDate: '2024-10-01' } },
        },
      },
    ]);
    expect(screen.queryByRole('textbox', { name: 'Skäl till rättelse' })).not.toBeInTheDocument();
    await reportYellow('Resultat', 'Ej stabilt system', 'Rättningar prioriteras');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const reason = await screen.findByRole('textbox', { name: 'Skäl till rättelse' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(screen.getByText(/Statusdatumet ligger i en stängd period/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Orsak (resultat)' })).toHaveValue('Ej stabilt system');
    expect(saved.count).toBe(0);

    await userEvent.type(reason, 'Fel status rapporterades');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });
});
