import { FREE_FAILURES, loginDelaySeconds, MAX_DELAY_SECONDS } from './login-attempts';

describe('loginDelaySeconds', () => {
  it('frees five failures and caps the wait at a minute', () => {
    expect(FREE_FAILURES).toBe(5);
    expect(MAX_DELAY_SECONDS).toBe(60);
  });

  it.each([
    [-1, 0],
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [8, 8],
    [9, 16],
    [10, 32],
    [11, 60],
    [12, 60],
    [50, 60],
    [2000, 60],
  ])('after %i failures waits %i s', (failures, seconds) => {
    expect(loginDelaySeconds(failures)).toBe(seconds);
  });
});
