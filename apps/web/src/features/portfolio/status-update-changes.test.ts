import { changesFromPrevious } from './status-update-changes';

describe('what changed from the previous status update', () => {
  const may = { time: 'RED', cost: 'RED', result: 'GREEN' } as const;
  const august = { time: 'RED', cost: 'GREEN', result: 'RED' } as const;

  it('lists each dimension whose colour changed, from and to', () => {
    expect(changesFromPrevious(august, may)).toEqual([
      { dimension: 'cost', from: 'RED', to: 'GREEN' },
      { dimension: 'result', from: 'GREEN', to: 'RED' },
    ]);
  });
  it('is empty for the same colours and null for the first status update', () => {
    expect(changesFromPrevious(may, { ...may })).toEqual([]);
    expect(changesFromPrevious(may, undefined)).toBeNull();
  });
});
