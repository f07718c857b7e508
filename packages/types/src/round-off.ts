/** A figure without floating-point noise in the sixth decimal (0.1 + 0.2 → 0.3): for computed differences and quotients. */
export function roundOff(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
