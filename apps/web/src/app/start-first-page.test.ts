import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { createApolloClient } from '../apollo/create-apollo-client';
import { startFirstPage } from './App';

/** The operations the app asks for as it starts on `pathname`, answered with nothing. */
async function operationsOnStart(pathname: string): Promise<string[]> {
  const asked: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        asked.push(operation.operationName ?? '');
        observer.next({ data: null });
        observer.complete();
      }),
  );
  startFirstPage(createApolloClient(link), { pathname, search: '' } as Location);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return asked;
}

describe('what the app asks for as it starts', () => {
  it('asks for the signed-in user and the shell at once on a page of the app', async () => {
    expect(await operationsOnStart('/uppdrag')).toEqual(['RequireSignIn_Query', 'AppShell_Query']);
  });

  it('asks for nothing on the sign-in and first-run pages, where the shell would be refused', async () => {
    expect(await operationsOnStart('/logga-in')).toEqual([]);
    expect(await operationsOnStart('/forsta-start')).toEqual([]);
  });
});
