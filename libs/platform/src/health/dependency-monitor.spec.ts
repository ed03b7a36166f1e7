import { Logger } from '@nestjs/common';
import { DependencyMonitor, isConnectionError } from './dependency-monitor';

describe('DependencyMonitor', () => {
  let now: number;
  let monitor: DependencyMonitor;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;

  beforeEach(() => {
    now = 1_000_000;
    monitor = new DependencyMonitor(() => now);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('says once when a dependency goes, reminds at most once a minute, and once when it is back', () => {
    const events: string[] = [];
    monitor.on('down', (name) => events.push(`down ${name}`));
    monitor.on('up', (name) => events.push(`up ${name}`));
    monitor.up('redis');
    expect(log).not.toHaveBeenCalled(); // first sight of a healthy dependency is no news

    for (let second = 0; second < 150; second += 1) {
      now += 1_000;
      monitor.down('redis', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    }
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'Redis unavailable: connect ECONNREFUSED 127.0.0.1:6379; retrying in the background',
      'Redis still unavailable after 60 s: connect ECONNREFUSED 127.0.0.1:6379',
      'Redis still unavailable after 120 s: connect ECONNREFUSED 127.0.0.1:6379',
    ]);
    expect(monitor.isUp('redis')).toBe(false);

    now += 1_000;
    monitor.up('redis');
    monitor.up('redis');
    expect(log.mock.calls.map(([message]) => message)).toEqual(['Redis is back after 150 s']);
    expect(events).toEqual(['down redis', 'up redis']);
    expect(monitor.snapshot()).toEqual([expect.objectContaining({ name: 'redis', up: true, outages: 1 })]);
  });

  it('keeps each dependency apart', () => {
    monitor.down('postgresql', Object.assign(new Error('terminating connection'), { code: '57P01' }));
    expect(monitor.isUp('postgresql')).toBe(false);
    expect(monitor.isUp('redis')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^PostgreSQL unavailable/));
  });
});

describe('isConnectionError', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'admin shutdown',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['a connection exception', { code: '08006', message: 'connection failure' }],
    ['wrapped by TypeORM', { message: 'Query failed', driverError: { code: '08003' } }],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['ioredis without a connection', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
  ])('recognises %s', (_what, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505', message: 'duplicate key value' }],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('does not take %s for one', (_what, error) => {
    expect(isConnectionError(error)).toBe(false);
  });
});
