// The chunk of every Swedish string, fetched after the first page (i18n.ts). A module of its own so
// that the chunk has a name a journey can hold back (e2e/first-page.spec.ts).
export { sv } from './sv';
