import { sniffContentType } from './sniff-content-type';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const zeros = (n: number) => new Array<number>(n).fill(0);

const PNG = bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', zeros(16));
const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');

describe('sniffContentType', () => {
  it.each([
    ['a PNG', PNG, 'image/png', 'png'],
    ['a JPEG', JPEG, 'image/jpeg', 'jpg'],
    ['a WebP', WEBP, 'image/webp', 'webp'],
    ['a PDF', PDF, 'application/pdf', 'pdf'],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0]), 'image/gif', 'gif'],
    ['an ELF executable', bytes('\x7fELF', [2, 1, 1, 0], zeros(56)), 'application/x-elf', 'elf'],
    ['a Windows executable', bytes('MZ', [0x90, 0, 3, 0], zeros(58)), 'application/x-msdownload', 'exe'],
    ['a zip archive', bytes('PK\x03\x04', [20, 0, 0, 0, 8, 0], zeros(24)), 'application/zip', 'zip'],
  ])('names %s by its magic bytes', async (_what, head, mime, ext) => {
    expect(await sniffContentType(head)).toEqual({ mime, ext });
  });

  it.each([
    ['HTML', bytes('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['plain text', bytes('营业执照扫描件见附件')],
    ['an empty file', Buffer.alloc(0)],
    ['a PNG signature cut short', PNG.subarray(0, 4)],
  ])('recognises nothing in %s', async (_what, head) => {
    expect(await sniffContentType(head)).toBeUndefined();
  });

  it('goes by content, not by what the bytes are called', async () => {
    // An ELF whose first bytes follow a PNG's name is still an ELF: there is no name here to trust.
    expect((await sniffContentType(bytes('\x7fELF', [2, 1, 1, 0], zeros(56), 'photo.png')))?.mime).toBe(
      'application/x-elf',
    );
  });
});
