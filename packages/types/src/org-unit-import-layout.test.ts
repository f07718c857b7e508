import { parseOrgUnitKind } from './org-unit-import-layout';

describe('reading an org unit kind as an HR export writes it', () => {
  it.each([
    ['Stad', 'CITY'],
    ['Nämnd/förvaltning', 'COMMITTEE'],
    ['förvaltning', 'COMMITTEE'],
    [' Verksamhetsområde ', 'BUSINESS_AREA'],
    ['business area', 'BUSINESS_AREA'],
    ['DEPARTMENT', 'DEPARTMENT'],
    ['Avdelning', 'DEPARTMENT'],
  ])('%s', (text, kind) => {
    expect(parseOrgUnitKind(text)).toBe(kind);
  });

  it.each(['', 'Sektion', 'CITYS'])('refuses %p', (text) => {
    expect(parseOrgUnitKind(text)).toBeUndefined();
  });
});
