import { bySeriousnessOfChange } from './status-vocabulary';

describe('the order of colour changes', () => {
  it('lists changes for the worse first, the reddest first, then the furthest moves, then improvements', () => {
    const changes = [
      { name: 'improved to green', previous: 'RED', current: 'GREEN' },
      { name: 'green to yellow', previous: 'GREEN', current: 'YELLOW' },
      { name: 'yellow to red', previous: 'YELLOW', current: 'RED' },
      { name: 'stopped reporting', previous: 'GREEN', current: 'NOT_ASSESSED' },
      { name: 'green to red', previous: 'GREEN', current: 'RED' },
      { name: 'improved to yellow', previous: 'RED', current: 'YELLOW' },
    ] as const;
    expect([...changes].sort(bySeriousnessOfChange).map((change) => change.name)).toEqual([
      'green to red',
      'yellow to red',
      'green to yellow',
      'stopped reporting',
      'improved to yellow',
      'improved to green',
    ]);
  });
});
