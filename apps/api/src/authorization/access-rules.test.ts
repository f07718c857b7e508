import { makeExecutableSchema } from '@graphql-tools/schema';
import { createSchema } from '../schema';
import { applyAccessRules, mergeAccessRules } from './access-rules';

describe('the access rules', () => {
  it('cover every query, mutation and type of the schema (the server would not start otherwise)', () => {
    expect(() => createSchema()).not.toThrow();
  });

  it('refuse a schema with a field or a type that has no rule', () => {
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { secret: Secret, open: String } type Secret { value: String }',
    });
    expect(() =>
      applyAccessRules(schema, mergeAccessRules([{ Query: { open: { kind: 'public', reason: 'test' } } }])),
    ).toThrow('No access rule for Query.secret, type Secret');
  });
});
