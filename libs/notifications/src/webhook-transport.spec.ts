import type { LookupAddress } from 'node:dns';
import { publicOnlyLookup } from './webhook-transport';

function lookup(hostname: string, all: boolean): Promise<{ error: NodeJS.ErrnoException | null; result: unknown }> {
  return new Promise((resolve) => {
    publicOnlyLookup(hostname, { all }, (error, address, family) =>
      resolve({ error, result: all ? address : { address, family } }),
    );
  });
}

describe('publicOnlyLookup', () => {
  it.each([true, false])('refuses a name that resolves only to internal addresses (all: %s)', async (all) => {
    const { error } = await lookup('localhost', all);
    expect(error).toMatchObject({ code: 'EADDRNOTALLOWED', message: expect.stringContaining('localhost') });
  });

  it('passes public addresses through, in the form asked for', async () => {
    expect((await lookup('203.119.25.1', true)).result).toEqual([{ address: '203.119.25.1', family: 4 }]);
    expect((await lookup('203.119.25.1', false)).result).toEqual({ address: '203.119.25.1', family: 4 });
    const ipv6 = await lookup('2400:3200::1', true);
    expect((ipv6.result as LookupAddress[]).map((a) => a.address)).toEqual(['2400:3200::1']);
  });
});
