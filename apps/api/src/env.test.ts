import { availableParallelism } from 'node:os';
import { ConfigError, readConfig } from './env';

const POSTGRES = { DATABASE_URL: 'postgresql://app@127.0.0.1:5432/lagesbild' };

describe('the number of API processes', () => {
  it('is one on the embedded database, whose data folder one process owns', () => {
    expect(readConfig({ DATA_DIR: 'memory://' }).processes).toBe(1);
  });

  it('is one per core on PostgreSQL unless API_PROCESSES says otherwise', () => {
    expect(readConfig(POSTGRES).processes).toBe(availableParallelism());
    expect(readConfig({ ...POSTGRES, API_PROCESSES: '3' }).processes).toBe(3);
  });

  it.each([
    [{ DATA_DIR: 'memory://', API_PROCESSES: '2' }, /must be 1 on the embedded database/],
    [{ ...POSTGRES, API_PROCESSES: 'two' }, /API_PROCESSES must be a whole number from 1 to 64 \(got "two"\)/],
    [{ ...POSTGRES, API_PROCESSES: '0' }, /from 1 to 64/],
    [{ ...POSTGRES, API_PROCESSES: '1.5' }, /from 1 to 64/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
