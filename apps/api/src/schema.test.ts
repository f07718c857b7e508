import { buildSchema, validateSchema } from 'graphql';
import { createSchema, typeDefs } from './schema';

// The server builds its schema without checking the SDL (it would cost every process a tenth of
// a second at start-up), so the check is here.
describe('the schema', () => {
  it('is built from an SDL that GraphQL accepts as it is', () => {
    expect(() => buildSchema(typeDefs)).not.toThrow();
  });

  it('builds, with its resolvers and access rules, into a valid schema', () => {
    expect(validateSchema(createSchema())).toEqual([]);
  });
});
