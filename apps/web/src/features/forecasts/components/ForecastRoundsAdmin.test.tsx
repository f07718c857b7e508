import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ForecastRoundsAdmin, ForecastRoundsAdmin_Open } from './ForecastRoundsAdmin';
import { dateField, typeDate } from '../../../test/date-fields';

const ROUNDS = [
  { id: '1', name: 'Prognos mars 2023', asOf: '2023-03-31', status: 'CLOSED' as const, version: 2 },
  { id: '2', name: 'Prognos maj 2023', asOf: '2023-05-31', status: 'OPEN' as const, version: 1 },
];

function renderAdmin(mocks: MockLink.MockedResponse[] = []) {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <ForecastRoundsAdmin year={2023} rounds={ROUNDS} />
    </MockedProvider>,
  );
}

describe('the forecast rounds of a year, for an administrator', () => {
  it('lists the rounds and offers to close only the open one', () => {
    renderAdmin();
    expect(screen.getByRole('row', { name: /Prognos mars 2023 2023-03-31 Stängd/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stäng Prognos maj 2023' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stäng Prognos mars 2023' })).not.toBeInTheDocument();
  });

  it('checks a new round before sending it, and shows the refusal of a second open round beside the name', async () => {
    renderAdmin([
      {
        request: {
          query: ForecastRoundsAdmin_Open,
          variables: { input: { year: 2023, name: 'Prognos augusti 2023', asOf: '2023-08-31' } },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.year', message: 'roundAlreadyOpen' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Öppna prognosomgång' }));
    expect(screen.getByRole('textbox', { name: 'Ny prognosomgång' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(dateField('Per')).toHaveAccessibleDescription('Fyll i fältet.');

    await userEvent.type(screen.getByRole('textbox', { name: 'Ny prognosomgång' }), 'Prognos augusti 2023');
    await typeDate(userEvent, dateField('Per'), '2023-08-31');
    await userEvent.click(screen.getByRole('button', { name: 'Öppna prognosomgång' }));
    expect(await screen.findByText('En prognosomgång för året är redan öppen. Stäng den först.')).toBeInTheDocument();
  });
});
