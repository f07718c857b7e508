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

describe('the read replicas (DATABASE_REPLICA_URL)', () => {
  it('are none unless DATABASE_REPLICA_URL names them', () => {
    expect(readConfig(POSTGRES).readReplicaUrls).toEqual([]);
    expect(readConfig({ DATA_DIR: 'memory://' }).readReplicaUrls).toEqual([]);
  });

  it('are one URL or several separated by commas', () => {
    expect(
      readConfig({ ...POSTGRES, DATABASE_REPLICA_URL: 'postgresql://app@replica-1/lagesbild' }).readReplicaUrls,
    ).toEqual(['postgresql://app@replica-1/lagesbild']);
    expect(
      readConfig({
        ...POSTGRES,
        DATABASE_REPLICA_URL: ' postgresql://app@replica-1/lagesbild , postgres://app@replica-2:5433/lagesbild',
      }).readReplicaUrls,
    ).toEqual(['postgresql://app@replica-1/lagesbild', 'postgres://app@replica-2:5433/lagesbild']);
  });

  it.each([
    [
      'beside the embedded database',
      { DATA_DIR: 'memory://', DATABASE_REPLICA_URL: 'postgresql://app@replica/lagesbild' },
      'DATABASE_REPLICA_URL needs DATABASE_URL: the embedded database has no read replicas',
    ],
    [
      'of another kind of database',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'mysql://app@replica/lagesbild' },
      'DATABASE_REPLICA_URL must start with postgresql:// (got mysql://)',
    ],
    [
      'that is not a URL',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'replica:5432' },
      'DATABASE_REPLICA_URL must start with postgresql://',
    ],
    [
      'without a host',
      { ...POSTGRES, DATABASE_REPLICA_URL: 'postgresql:///lagesbild' },
      'DATABASE_REPLICA_URL names no host',
    ],
    [
      'with an empty entry in the list',
      {
        ...POSTGRES,
        DATABASE_REPLICA_URL: 'postgresql://app@replica-1/lagesbild,,postgresql://app@replica-2/lagesbild',
      },
      'DATABASE_REPLICA_URL has an empty entry',
    ],
  ])('refuses one %s, in one line that says what to do', (_case, env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
