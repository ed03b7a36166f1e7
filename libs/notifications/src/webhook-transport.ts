import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { Agent, request } from 'undici';
import { isInternalAddress } from './domain';

/** A delivery refused because its host is, or resolves to, an internal address. */
export class AddressNotAllowedError extends Error {
  readonly code = 'EADDRNOTALLOWED';

  constructor(host: string) {
    super(`${host} is, or resolves to, an internal address`);
    this.name = 'AddressNotAllowedError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for sockets that may only reach public addresses: internal ones are dropped
 * from the answer, and a name with nothing else fails. Checked when the socket connects,
 * after resolution, so a name that pointed elsewhere when the endpoint was registered
 * (or re-resolves between checks: DNS rebinding) cannot reach this network.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const allowed = addresses.filter((a) => !isInternalAddress(a.address));
    if (allowed.length === 0) return callback(new AddressNotAllowedError(hostname), []);
    if (options.all) return callback(null, allowed);
    callback(null, allowed[0].address, allowed[0].family);
  });
}

/**
 * How webhook deliveries reach receivers. In production only public addresses: a URL's
 * literal address is checked here, a name's addresses when the socket connects
 * (`publicOnlyLookup`). Elsewhere local receivers are allowed, as endpoint registration
 * allows them there. Redirects are not followed.
 */
@Injectable()
export class WebhookTransport implements OnModuleDestroy {
  private readonly publicOnly: boolean;
  private readonly agent: Agent;

  constructor(config: AppConfig) {
    this.publicOnly = config.isProduction;
    this.agent = new Agent(this.publicOnly ? { connect: { lookup: publicOnlyLookup } } : {});
  }

  /** POSTs `body` and returns the status code; throws on network errors and on the timeout. */
  async post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
    const { hostname } = new URL(url);
    // A literal address connects without a lookup: checked here (a name is false here).
    if (this.publicOnly && isInternalAddress(hostname)) {
      throw new AddressNotAllowedError(hostname);
    }
    const response = await request(url, {
      method: 'POST',
      headers,
      body,
      dispatcher: this.agent,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body.dump();
    return response.statusCode;
  }

  async onModuleDestroy(): Promise<void> {
    await this.agent.close();
  }
}
