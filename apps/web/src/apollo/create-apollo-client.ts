import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { ApolloLink } from '@apollo/client';

/**
 * The app talks to the API it is served from, so /graphql on the same origin; tests pass a
 * MockLink instead, so that they run with the same cache and masking as the app.
 */
export function createApolloClient(link: ApolloLink = new HttpLink({ uri: '/graphql' })): ApolloClient {
  return new ApolloClient({
    link,
    // A component sees only the fields of its own fragment (useFragment); a query's result
    // holds only what the page selected itself.
    dataMasking: true,
    cache: new InMemoryCache({
      typePolicies: {
        // Values of one indicator asked for different months are different answers.
        Indicator: { fields: { latestValue: { keyArgs: ['upTo'] } } },
        Goal: { fields: { assessment: { keyArgs: ['upTo'] } } },
        // A perspective is named per year: its 2022 and 2023 answers are different objects. One
        // selected without its year is kept inside its parent (a goal's is always the goal's
        // year), and two pages' selections of it there are merged rather than replacing each other.
        Perspective: {
          merge: true,
          keyFields: ({ id, year }) =>
            typeof year === 'number' && (typeof id === 'string' || typeof id === 'number')
              ? `Perspective:${id}@${year}`
              : false,
        },
      },
    }),
  });
}
