import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// The generated operation types mask each spread fragment as Apollo Client does at run time, so
// Apollo's hooks take them as they are and `FragmentType`/`useFragment` unwrap them.
declare module '@apollo/client' {
  // Augmenting Apollo's TypeOverrides takes an interface that only extends the codegen one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
