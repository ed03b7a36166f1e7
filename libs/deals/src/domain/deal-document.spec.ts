import { acceptDealDocumentType, dealDocumentFileName, isInlineDocument, looksLikeCsv } from './deal-document';
import { DealDocumentTypeNotAllowedError } from './deals.errors';

const OOXML = 'application/vnd.openxmlformats-officedocument';
const text = (s: string) => Buffer.from(s, 'utf8');
const NONE = Buffer.alloc(0);

describe('acceptDealDocumentType', () => {
  it.each([
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/webp',
    `${OOXML}.wordprocessingml.document`,
    `${OOXML}.spreadsheetml.sheet`,
    `${OOXML}.presentationml.presentation`,
    'application/zip',
  ])('takes content sniffed as %s, whatever the name', (sniffed) => {
    expect(acceptDealDocumentType(sniffed, NONE, 'whatever.exe')).toBe(sniffed);
  });

  it.each([
    'application/x-elf',
    'application/x-msdownload',
    'application/x-cfb',
    'application/vnd.ms-word.document.macroenabled.12',
    'image/svg+xml',
    'text/html',
    'application/x-rar-compressed',
    'image/gif',
    // Only plain text is taken as CSV; a sniffer that called something CSV is not trusted for it.
    'text/csv',
  ])('refuses content sniffed as %s (415, naming it)', (sniffed) => {
    expect(() => acceptDealDocumentType(sniffed, text('a,b\n'), 'data.csv')).toThrow(DealDocumentTypeNotAllowedError);
    try {
      acceptDealDocumentType(sniffed, text('a,b\n'), 'data.csv');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'DOCUMENT_TYPE_NOT_ALLOWED',
        kind: 'unsupported_media_type',
        details: { detectedType: sniffed },
      });
    }
  });

  it('takes plain text named .csv as text/csv, in UTF-8 (with or without BOM) or GB18030', () => {
    expect(acceptDealDocumentType(undefined, text('样品编号,硬度HV\nS-01,512\n'), '检测数据.csv')).toBe('text/csv');
    expect(
      acceptDealDocumentType(undefined, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text('a;b\r\n')]), 'x.CSV'),
    ).toBe('text/csv');
    // "样品" in GB18030
    expect(acceptDealDocumentType(undefined, Buffer.from([0xd1, 0xf9, 0xc6, 0xb7, 0x2c, 0x31, 0x0a]), 'gbk.csv')).toBe(
      'text/csv',
    );
  });

  it.each<[string, Buffer, string | undefined]>([
    ['text not named .csv', text('a,b\n1,2\n'), 'data.txt'],
    ['text without a name', text('a,b\n1,2\n'), undefined],
    ['HTML named .csv', text('  <html><script>alert(1)</script></html>'), 'x.csv'],
    ['binary junk named .csv', Buffer.from([0x01, 0x02, 0x00, 0x41]), 'x.csv'],
    ['only whitespace', text(' \n\t '), 'x.csv'],
    ['nothing', NONE, 'x.csv'],
  ])('refuses %s', (_what, head, name) => {
    expect(() => acceptDealDocumentType(undefined, head, name)).toThrow(DealDocumentTypeNotAllowedError);
  });
});

describe('looksLikeCsv', () => {
  it('allows tabs and line breaks but no other control character', () => {
    expect(looksLikeCsv(text('a\tb\r\nc\td\n'))).toBe(true);
    expect(looksLikeCsv(text('a,b\u001bc'))).toBe(false);
    expect(looksLikeCsv(text('a,b\u007f'))).toBe(false);
  });
});

describe('dealDocumentFileName', () => {
  it.each([
    ['检测报告.pdf', 'application/pdf', '检测报告.pdf'],
    ['../../etc/报告.pdf', 'application/pdf', '报告.pdf'],
    ['C:\\Users\\me\\报告.PDF', 'application/pdf', '报告.pdf'],
    ['report.exe', 'application/pdf', 'report.pdf'],
    ['photo.JPEG', 'image/jpeg', 'photo.jpeg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['数据.csv', 'text/csv', '数据.csv'],
    ['合同.docx', 'application/zip', '合同.docx'],
    ['archive', 'application/zip', 'archive.zip'],
    ['exe\u202Egpj.pdf', 'application/pdf', 'exegpj.pdf'],
    ['a<b>:c?.pdf', 'application/pdf', 'a_b__c_.pdf'],
    ['', 'application/pdf', 'document.pdf'],
    [undefined, 'text/csv', 'document.csv'],
    ['...', 'image/png', 'document.png'],
  ])('%j as %s is named %j', (uploaded, type, expected) => {
    expect(dealDocumentFileName(uploaded, type)).toBe(expected);
  });

  it('cuts long names to 120 characters, never mid-character', () => {
    const name = dealDocumentFileName(`${'检'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toBe(`${'检'.repeat(120)}.pdf`);
  });
});

describe('isInlineDocument', () => {
  it('shows images, downloads everything else', () => {
    expect(isInlineDocument('image/png')).toBe(true);
    expect(isInlineDocument('application/pdf')).toBe(false);
    expect(isInlineDocument('text/csv')).toBe(false);
  });
});
