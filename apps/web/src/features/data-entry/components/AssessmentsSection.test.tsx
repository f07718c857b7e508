import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AssessmentsSection_ActivityFragment, AssessmentsSection_GoalFragment } from '../../../generated/graphql';
import { useScrollToHash } from '../../../components/useScrollToHash';
import { renderWithProviders } from '../../../test/render-with-providers';
import {
  ActivityStatusTable,
  AssessmentsSection_SaveActivity,
  AssessmentsSection_SaveGoal,
  GoalAssessmentsTable,
} from './AssessmentsSection';

const PERIOD = { year: 2023, month: 5 };

const GOALS: AssessmentsSection_GoalFragment[] = [
  {
    goal: { id: '5', title: 'Nöjdare invånare', perspective: { id: '1', name: 'Invånare' } },
    assessment: { id: '51', fulfilment: 'PARTLY_FULFILLED', comment: 'Mätt i april', version: 2 },
  },
];

const ACTIVITIES: AssessmentsSection_ActivityFragment[] = [
  {
    activity: { id: '8', title: 'Ny e-tjänst för bygglov', endDate: null },
    update: { id: '81', status: 'ONGOING', comment: null, version: 1 },
  },
];

interface SentInput {
  input: { comment: string; correctionReason?: string | null };
}

/** The API's refusal of a change in a closed month without a reason. */
const refusedAsClosed = (query: MockLink.MockedResponse['request']['query']): MockLink.MockedResponse => ({
  request: { query, variables: ({ input }: SentInput) => !input.correctionReason },
  result: {
    errors: [
      {
        message: 'The period is closed',
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'input.correctionReason', message: 'periodClosed' }],
        },
      },
    ],
  },
});

/** Changes the row's comment, is refused, gives a reason and saves again. */
async function correctClosedMonth(title: string, comment: string, reasonText: string) {
  const commentField = screen.getByRole('textbox', { name: `Kommentar, ${title}` });
  await userEvent.clear(commentField);
  await userEvent.type(commentField, comment);
  expect(screen.queryByRole('textbox', { name: `Skäl till rättelsen, ${title}` })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: `Spara: ${title}` }));
  const reason = await screen.findByRole('textbox', { name: `Skäl till rättelsen, ${title}` });
  expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
  expect(screen.getByText(/Perioden är stängd: det som rapporterats är låst/)).toBeVisible();
  expect(commentField).toHaveValue(comment);
  await userEvent.type(reason, reasonText);
  await userEvent.click(screen.getByRole('button', { name: `Spara: ${title}` }));
  expect(await screen.findByText('Sparad')).toBeInTheDocument();
}

describe('goal assessments and activity statuses on Registrera', () => {
  it("asks for a correction reason when a goal's month lies in a closed period, and sends it on the next save", async () => {
    renderWithProviders(
      <MockedProvider
        mocks={[
          refusedAsClosed(AssessmentsSection_SaveGoal),
          {
            request: {
              query: AssessmentsSection_SaveGoal,
              variables: ({ input }: SentInput) =>
                input.correctionReason === 'Fel bedömning i maj' && input.comment === 'Mätt i maj',
            },
            result: {
              data: {
                setGoalAssessment: {
                  __typename: 'GoalAssessment',
                  id: '51',
                  fulfilment: 'PARTLY_FULFILLED',
                  comment: 'Mätt i maj',
                  version: 3,
                },
              },
            },
          },
        ]}
      >
        <GoalAssessmentsTable rows={GOALS} period={PERIOD} canEdit />
      </MockedProvider>,
    );
    await correctClosedMonth('Nöjdare invånare', 'Mätt i maj', 'Fel bedömning i maj');
  });

  it("asks for a correction reason when an activity's month lies in a closed period, and sends it on the next save", async () => {
    renderWithProviders(
      <MockedProvider
        mocks={[
          refusedAsClosed(AssessmentsSection_SaveActivity),
          {
            request: {
              query: AssessmentsSection_SaveActivity,
              variables: ({ input }: SentInput) =>
                input.correctionReason === 'Försenad rapport' && input.comment === 'Upphandlad',
            },
            result: {
              data: {
                saveActivityUpdate: {
                  __typename: 'ActivityUpdate',
                  id: '81',
                  status: 'ONGOING',
                  comment: 'Upphandlad',
                  version: 2,
                },
              },
            },
          },
        ]}
      >
        <ActivityStatusTable rows={ACTIVITIES} period={PERIOD} canEdit />
      </MockedProvider>,
    );
    await correctClosedMonth('Ny e-tjänst för bygglov', 'Upphandlad', 'Försenad rapport');
  });

  it.each([
    ['#mal-5', 'Nöjdare invånare'],
    ['#aktivitet-8', 'Ny e-tjänst för bygglov'],
  ])('opens at the row a link names (%s), as Att göra and the reminder mails link to it', async (hash, title) => {
    function Sheet() {
      useScrollToHash(true);
      return (
        <>
          <GoalAssessmentsTable rows={GOALS} period={PERIOD} canEdit />
          <ActivityStatusTable rows={ACTIVITIES} period={PERIOD} canEdit />
        </>
      );
    }
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <Sheet />
      </MockedProvider>,
      { url: `/registrera?enhet=intraservice&period=2023-05${hash}` },
    );
    const row = screen.getByRole('rowheader', { name: new RegExp(title) }).closest('tr')!;
    await waitFor(() => expect(row).toHaveFocus());
    expect(row).toHaveClass('Mui-selected');
  });
});
