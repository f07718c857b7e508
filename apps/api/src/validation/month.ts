import { yearMonthSchema } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { parseInput } from '../errors';

export function requireValidMonth(value: YearMonth, argumentName: string): YearMonth {
  return parseInput(yearMonthSchema, value, argumentName);
}
