import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';

/**
 * The API's answer to a save of a closed period's record without a correction reason, for the
 * requests `matches` accepts (MockedProvider): periodClosed beside input.correctionReason.
 */
export function periodClosedRefusal<Variables>(
  query: DocumentNode,
  matches: (variables: Variables) => boolean,
): MockLink.MockedResponse {
  return {
    request: { query, variables: matches as (variables: Record<string, unknown>) => boolean },
    result: {
      errors: [
        {
          message: 'Refused',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'input.correctionReason', message: 'periodClosed' }],
          },
        },
      ],
    },
  };
}
