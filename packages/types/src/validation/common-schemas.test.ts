import {
  isoDateOrTimeSchema,
  isoDateSchema,
  MAX_ORDERED_ITEMS,
  newOrderSchema,
  plainText,
  shownOrderSchema,
  yearSchema,
} from './common-schemas';
import { addMitigationInputSchema, riskValuationInputSchema } from './risk-schemas';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('the years, dates and text every input is held to', () => {
  it.each([1900, 2023, 2100])('takes the year %i', (year) => {
    expect(messagesOf(yearSchema().safeParse(year))).toEqual([]);
  });

  it.each([1899, 2101, 9999])('refuses the year %i', (year) => {
    expect(messagesOf(yearSchema().safeParse(year))).toEqual(['outOfRange']);
  });

  it.each(['9999-12-31', '2101-01-01', '1899-12-31', '2023-02-29', '0000-01-01'])('refuses the date %s', (date) => {
    expect(messagesOf(isoDateSchema.safeParse(date))).toEqual(['invalidDate']);
  });

  it.each(['2024-02-29', '2100-12-31', '1900-01-01'])('takes the date %s', (date) => {
    expect(messagesOf(isoDateSchema.safeParse(date))).toEqual([]);
  });

  it.each([
    ['2023-06-01', '2023-06-01T00:00:00.000Z'],
    ['2023-06-01T12:30:00Z', '2023-06-01T12:30:00.000Z'],
    ['2023-06-01T12:30:00+02:00', '2023-06-01T10:30:00.000Z'],
  ])('reads the moment %s', (text, moment) => {
    expect(isoDateOrTimeSchema.parse(text).toISOString()).toBe(moment);
  });

  it.each(['12', '0', '2023-02-30', '9999-12-31', '2023-06-01T25:00:00Z', 'igår', ''])(
    'refuses %j as a moment, which Date would read as some day',
    (text) => {
      expect(messagesOf(isoDateOrTimeSchema.safeParse(text))).toEqual(['invalidDate']);
    },
  );

  it.each([
    ['a lone high surrogate', 'Kommentar \uD800'],
    ['a lone low surrogate', '\uDC00 kommentar'],
    ['a NUL character', 'Kom\u0000mentar'],
  ])('refuses text with %s', (_case, text) => {
    expect(messagesOf(plainText(100).safeParse(text))).toEqual(['invalidCharacters']);
  });

  it('takes text with characters outside the basic plane, written as surrogate pairs', () => {
    expect(messagesOf(plainText(100).safeParse('Åsa 👩🏽‍💻 𝄞'))).toEqual([]);
  });

  it('holds the risk forms to the same dates (they had a check of their own that took 9999-12-31)', () => {
    const valuation = { riskId: '1', valuedOn: '9999-12-31', probability: 2, consequence: 3 };
    expect(messagesOf(riskValuationInputSchema.safeParse(valuation))).toEqual(['invalidDate']);
    const mitigation = { riskId: '1', title: 'Utbildning', dueDate: '9999-12-31', status: 'PLANNED' };
    expect(messagesOf(addMitigationInputSchema.safeParse(mitigation))).toEqual(['invalidDate']);
  });
});

describe('a list put in order by hand', () => {
  it('takes every id once, as numbers, in the order given', () => {
    expect(newOrderSchema.parse(['3', '1', '2'])).toEqual([3, 1, 2]);
  });

  it.each([
    ['an id twice', ['3', '1', '3'], ['duplicate']],
    ['no id', [], ['required']],
    [
      'more ids than a list holds',
      Array.from({ length: MAX_ORDERED_ITEMS + 1 }, (_, index) => String(index + 1)),
      ['tooMany'],
    ],
  ])('refuses a new order with %s', (_case, ids, messages) => {
    expect(messagesOf(newOrderSchema.safeParse(ids))).toEqual(messages);
  });

  it('refuses an id that is no id, naming its place in the list', () => {
    const result = newOrderSchema.safeParse(['1', 'abc']);
    expect(result.success ? [] : result.error.issues.map(({ path, message }) => [path, message])).toEqual([
      [[1], 'invalidId'],
    ]);
  });

  it('takes the order a list showed as it is, an empty list included: the API compares it with the order it holds', () => {
    expect(shownOrderSchema.parse([])).toEqual([]);
    expect(shownOrderSchema.parse(['2', '2'])).toEqual([2, 2]);
  });
});
