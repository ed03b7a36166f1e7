import {
  acceptAttachmentType,
  type AttachmentPurpose,
  attachmentFilename,
  attachmentSizeLimit,
  isAttachmentPurpose,
} from './attachment';
import { AttachmentTypeNotAllowedError } from './listings.errors';

describe('acceptAttachmentType', () => {
  it.each<[AttachmentPurpose, string]>([
    ['photo', 'image/jpeg'],
    ['photo', 'image/png'],
    ['photo', 'image/webp'],
    ['document', 'application/pdf'],
    ['document', 'image/jpeg'],
    ['document', 'image/png'],
  ])('a %s may be %s', (purpose, sniffed) => {
    expect(acceptAttachmentType(purpose, sniffed)).toBe(sniffed);
  });

  it.each<[AttachmentPurpose, string | undefined]>([
    ['photo', 'application/pdf'],
    ['photo', 'image/gif'],
    ['photo', 'application/x-elf'],
    ['photo', 'application/x-msdownload'],
    ['document', 'image/webp'],
    ['document', 'application/zip'],
    ['document', 'application/x-elf'],
    ['document', 'application/x-msdownload'],
    ['document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['photo', undefined],
    ['document', undefined],
  ])('a %s may not be %s (415, naming what was found)', (purpose, sniffed) => {
    const attempt = () => acceptAttachmentType(purpose, sniffed);
    expect(attempt).toThrow(AttachmentTypeNotAllowedError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
        kind: 'unsupported_media_type',
        details: { purpose, detectedType: sniffed ?? null },
      });
    }
  });
});

describe('attachmentFilename', () => {
  it.each([
    ['厂房全景.png', 'image/png', '厂房全景.png'],
    ['scan.JPEG', 'image/jpeg', 'scan.jpeg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['report', 'application/pdf', 'report.pdf'],
    ['setup.exe', 'application/pdf', 'setup.pdf'],
    ['../../etc/passwd.png', 'image/png', 'passwd.png'],
    ['C:\\Users\\王工\\Desktop\\检测报告.pdf', 'application/pdf', '检测报告.pdf'],
    ['invoice\u202Egpj.exe', 'image/jpeg', 'invoicegpj.jpg'],
    ['line\r\nbreak\u0000.pdf', 'application/pdf', 'linebreak.pdf'],
    ['a "quoted" <name>?.pdf', 'application/pdf', 'a _quoted_ _name__.pdf'],
    ['  spaced   out  .pdf ', 'application/pdf', 'spaced out.pdf'],
    ['...', 'application/pdf', 'attachment.pdf'],
    ['.png', 'image/png', 'png.png'],
    ['', 'image/webp', 'attachment.webp'],
    [undefined, 'image/png', 'attachment.png'],
  ])('%j (%s) is shown as %j', (uploaded, contentType, shown) => {
    expect(attachmentFilename(uploaded, contentType)).toBe(shown);
  });

  it('keeps long names to 120 characters before the extension, without splitting a character', () => {
    const shown = attachmentFilename(`${'检'.repeat(300)}.pdf`, 'application/pdf');
    expect(shown).toBe(`${'检'.repeat(120)}.pdf`);
  });
});

describe('attachment limits and purposes', () => {
  it('limits photos to the photo limit, capped by the general one', () => {
    expect(attachmentSizeLimit('photo', { maxBytes: 10, maxPhotoBytes: 5 })).toBe(5);
    expect(attachmentSizeLimit('photo', { maxBytes: 3, maxPhotoBytes: 5 })).toBe(3);
    expect(attachmentSizeLimit('document', { maxBytes: 10, maxPhotoBytes: 5 })).toBe(10);
  });

  it.each([
    ['photo', true],
    ['document', true],
    ['avatar', false],
    ['', false],
    [undefined, false],
  ])('%j is a purpose: %s', (value, expected) => {
    expect(isAttachmentPurpose(value)).toBe(expected);
  });
});
