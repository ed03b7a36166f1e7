import { QueryFailedError } from 'typeorm';
import { toProblem } from './problem-details';

describe('a dependency out of reach is a 503, not a 500', () => {
  it.each([
    [
      'PostgreSQL refusing connections',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'an administrator shutdown (57P01)',
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['no pool connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
  ])('%s', (_what, error) => {
    const { body, unexpected } = toProblem(error, 'req-1', 'en');
    expect(unexpected).toBe(false);
    expect(body).toMatchObject({
      status: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      retryAfterSeconds: 5,
      detail: 'A service Rongtong depends on is unavailable: try again shortly',
    });
  });

  it('says so in Chinese too', () => {
    const { body } = toProblem(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'req-1',
      'zh-CN',
    );
    expect(body.detail).toBe('融通所依赖的服务暂时不可用，请稍后重试');
    expect(body.title).toBe('服务不可用');
  });

  it('leaves other database errors alone', () => {
    const { body, unexpected } = toProblem(
      new QueryFailedError('SELECT', [], Object.assign(new Error('syntax error'), { code: '42601' })),
      'req-1',
      'en',
    );
    expect(body.status).toBe(500);
    expect(unexpected).toBe(true);
  });
});
