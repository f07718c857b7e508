import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';

export const UseToDoCount_Query = graphql(`
  query UseToDoCount_Query {
    myToDo {
      id
      overdue
    }
  }
`);

/**
 * How much is on the signed-in user's to-do list, for the navigation's badge. It reads the same
 * root field as the list, so the badge follows the list whenever the list is fetched again.
 */
export function useToDoCount(): { count: number; overdue: number } {
  const { data } = useQuery(UseToDoCount_Query, { fetchPolicy: 'cache-and-network' });
  const items = data?.myToDo ?? [];
  return { count: items.length, overdue: items.filter((item) => item.overdue).length };
}
