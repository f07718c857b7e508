import { MAX_COMPARED_UNITS } from '@lagesbild/types';
import { theme } from '../../app/theme';
import { COMPARISON_STROKES, ownLineColours } from './series-strokes';

/** Distance between two colours in RGB: below about 50 two thin lines read as the same colour. */
function distance(first: string, second: string): number {
  const channels = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  const [a, b] = [channels(first), channels(second)];
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

describe('the colours of the indicator chart', () => {
  const comparison = COMPARISON_STROKES.map((stroke) => stroke.colour);

  it("gives each compared unit a colour apart from the unit's own lines", () => {
    for (const own of Object.values(ownLineColours(theme))) {
      for (const colour of comparison) expect(distance(own, colour)).toBeGreaterThanOrEqual(50);
    }
  });

  it('gives as many compared units as may be chosen a colour and a dash of their own', () => {
    expect(comparison.length).toBeGreaterThanOrEqual(MAX_COMPARED_UNITS);
    for (const [index, colour] of comparison.entries()) {
      for (const other of comparison.slice(index + 1)) expect(distance(colour, other)).toBeGreaterThanOrEqual(50);
    }
    expect(new Set(COMPARISON_STROKES.map((stroke) => stroke.dash)).size).toBe(COMPARISON_STROKES.length);
  });
});
