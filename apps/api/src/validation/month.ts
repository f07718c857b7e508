import { yearMonthSchema } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { parseInput } from './input-error';

export function requireValidMonth(value: YearMonth, argumentName: string): YearMonth {
  return parseInput(yearMonthSchema, value, argumentName);
}
