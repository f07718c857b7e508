import { assignmentUpdateInputSchema } from './assignment-schemas';

const fieldErrorsOf = (input: unknown) => {
  const result = assignmentUpdateInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe("an assignment's status for a month", () => {
  const declared = {
    assignmentId: '7',
    year: 2023,
    month: 12,
    status: 'DECLARED_COMPLETE',
    comment: null,
    decisionDate: '2023-12-13',
    decisionCaseNumber: 'SLK-2023-01234',
  };

  it('takes a declaration with the decision date and case number', () => {
    expect(fieldErrorsOf(declared)).toEqual({});
  });

  it('names a missing decision date beside a malformed case number, in one answer', () => {
    expect(fieldErrorsOf({ ...declared, decisionDate: '', decisionCaseNumber: 'KS 2023-12-13 § 5' })).toEqual({
      decisionDate: 'required',
      decisionCaseNumber: 'invalidCaseNumber',
    });
  });

  it('asks for both when a declaration has neither', () => {
    expect(fieldErrorsOf({ ...declared, decisionDate: null, decisionCaseNumber: null })).toEqual({
      decisionDate: 'required',
      decisionCaseNumber: 'required',
    });
  });

  it('refuses a decision on a status other than declared complete', () => {
    expect(fieldErrorsOf({ ...declared, status: 'ONGOING' })).toEqual({
      decisionDate: 'onlyWhenDeclaredComplete',
      decisionCaseNumber: 'onlyWhenDeclaredComplete',
    });
  });

  it('names only the status when the status is unknown', () => {
    expect(fieldErrorsOf({ ...declared, status: 'DONE' })).toEqual({ status: 'required' });
  });
});
