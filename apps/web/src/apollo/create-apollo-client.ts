import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The app talks to the API it is served from, so /graphql on the same origin. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Values of one indicator asked for different months are different answers.
        Indicator: { fields: { latestValue: { keyArgs: ['upTo'] } } },
        Goal: { fields: { assessment: { keyArgs: ['upTo'] } } },
      },
    }),
  });
}
