import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UploadInspector } from './upload-inspector';

class TooLarge extends Error {}
class Refused extends Error {}

/** Chunks arriving one per turn of the event loop, as from a socket, counting how many were read. */
function source(chunks: Buffer[]) {
  const counter = { pulled: 0 };
  const stream = Readable.from(
    (async function* () {
      for (const chunk of chunks) {
        await new Promise(setImmediate);
        counter.pulled += 1;
        yield chunk;
      }
    })(),
    { objectMode: false, highWaterMark: 1 },
  );
  return { stream, counter };
}

function sink() {
  const received: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk);
      callback();
    },
  });
  return { stream, received };
}

const inspector = (overrides: Partial<ConstructorParameters<typeof UploadInspector>[0]> = {}) =>
  new UploadInspector({
    maxBytes: 100,
    headBytes: 8,
    inspectHead: () => {},
    tooLarge: () => new TooLarge(),
    ...overrides,
  });

describe('UploadInspector', () => {
  it('passes every byte through and reports size and SHA-256', async () => {
    const chunks = [Buffer.from('abc'), Buffer.from('defghij'), Buffer.from('klmnop')];
    const out = sink();
    const guard = inspector();
    await pipeline(source(chunks).stream, guard, out.stream);
    expect(Buffer.concat(out.received).toString()).toBe('abcdefghijklmnop');
    expect(guard.result).toEqual({
      sizeBytes: 16,
      sha256: createHash('sha256').update('abcdefghijklmnop').digest('hex'),
    });
  });

  it('inspects the head assembled across chunks, before passing anything on', async () => {
    const heads: string[] = [];
    const out = sink();
    const guard = inspector({
      inspectHead: (head) => {
        expect(out.received).toEqual([]);
        heads.push(head.toString());
      },
    });
    await pipeline(source([Buffer.from('ab'), Buffer.from('cde'), Buffer.from('fghij')]).stream, guard, out.stream);
    expect(heads).toEqual(['abcdefgh']);
  });

  it('inspects a file shorter than the head once, at its end, and an empty one too', async () => {
    for (const content of ['abc', '']) {
      const heads: string[] = [];
      const guard = inspector({ inspectHead: (head) => void heads.push(head.toString()) });
      await pipeline(source(content ? [Buffer.from(content)] : []).stream, guard, sink().stream);
      expect(heads).toEqual([content]);
      expect(guard.result.sizeBytes).toBe(content.length);
    }
  });

  it('passes on nothing of a refused file and stops reading it', async () => {
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(4, 1));
    const input = source(chunks);
    const out = sink();
    const refusal = pipeline(
      input.stream,
      inspector({ inspectHead: async () => Promise.reject(new Refused()) }),
      out.stream,
    );
    await expect(refusal).rejects.toBeInstanceOf(Refused);
    expect(out.received).toEqual([]);
    expect(input.counter.pulled).toBeLessThan(10);
  });

  it('fails a file over the limit as soon as it passes it, without reading the rest', async () => {
    const input = source(Array.from({ length: 1000 }, () => Buffer.alloc(10, 7)));
    const out = sink();
    await expect(pipeline(input.stream, inspector({ maxBytes: 95 }), out.stream)).rejects.toBeInstanceOf(TooLarge);
    expect(input.counter.pulled).toBeLessThan(20);
    expect(Buffer.concat(out.received).length).toBeLessThanOrEqual(95);
  });

  it('takes a file of exactly the limit', async () => {
    const guard = inspector({ maxBytes: 30 });
    await pipeline(source([Buffer.alloc(10), Buffer.alloc(20)]).stream, guard, sink().stream);
    expect(guard.result.sizeBytes).toBe(30);
  });

  it('has no result before the upload has been read to its end', () => {
    expect(() => inspector().result).toThrow(/not been read/);
  });
});
