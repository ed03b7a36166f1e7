import { columnOfField, columnOfHeader, columnsFor, listingRowCells, readListingRow } from './listing-columns';
import { validateListingContent } from './listing-content';

describe('listing columns', () => {
  it.each([
    ['标题（title）', 'title'],
    ['标题 (title)', 'title'],
    ['标题', 'title'],
    ['TITLE', 'title'],
    ['价格（元）（price）', 'price'],
    ['交期（天）', 'leadTimeDays'],
    ['\uFEFF外部编号（externalRef）', 'externalRef'],
  ])('reads the header %s as %s', (header, key) => {
    expect(columnOfHeader(header)?.key).toBe(key);
  });

  it.each(['colour', '颜色（colour）', '标题（price）'])('knows no column %s', (header) => {
    expect(columnOfHeader(header)).toBeUndefined();
  });

  it('gives a kind its own columns and the common ones', () => {
    const keys = columnsFor('equipment').map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(['externalRef', 'kind', 'title', 'manufacturer', 'moreDetails']));
    expect(keys).not.toContain('patentNumber');
  });

  it('reads a row into a listing body: yuan as fen, lists, booleans; a bad cell is named', () => {
    const columns = columnsFor('equipment');
    const cells = (values: Record<string, string>) => columns.map((c) => values[c.key] ?? '');
    const row = readListingRow(
      columns,
      cells({
        externalRef: 'E-1',
        kind: '设备',
        title: '扫描电镜',
        price: '¥1,200.5',
        serviceModes: 'technician_operated；sample_testing',
        requiresTraining: '否',
        turnaroundDays: 'soon',
      }),
    );
    expect(row).toMatchObject({ externalRef: 'E-1', kind: 'equipment' });
    expect(row.content).toMatchObject({ title: '扫描电镜', priceFen: 120_050, titleEn: null });
    expect(row.details).toMatchObject({
      serviceModes: ['technician_operated', 'sample_testing'],
      requiresTraining: false,
    });
    expect(row.problems).toEqual([{ column: 'turnaroundDays', message: 'must be a whole number' }]);
  });

  it('writes a listing as a row that reads back to the same content', () => {
    const columns = columnsFor();
    const content = validateListingContent(
      'ip',
      {
        title: '一种锂电池正极材料的制备方法',
        description: '提高循环寿命',
        category: '新能源电池',
        tags: ['电池', '正极'],
        details: {
          patentNumber: 'ZL202310123456.6',
          legalStatus: 'granted',
          transactionTypes: ['ordinary_licence'],
          openLicence: { declared: true, royalty: { royaltyPercent: 3 } },
          ipc: ['H01M 4/525'],
        },
      },
      { regionCode: '320594' },
    );
    const cells = listingRowCells(columns, { kind: 'ip', externalRef: 'P-1', content });
    const row = readListingRow(columns, cells);
    expect(row.problems).toEqual([]);
    const again = validateListingContent('ip', { ...row.content, details: row.details }, { regionCode: '320594' });
    expect(again).toEqual(content);
  });

  it('names the column of a violation', () => {
    expect(columnOfField('details.capacity.quantity', 'capacity')).toBe('capacityQuantity');
    expect(columnOfField('details.booking.openingHours', 'equipment')).toBe('moreDetails');
    expect(columnOfField('priceFen', 'capacity')).toBe('price');
    expect(columnOfField('category', 'ip')).toBe('category');
  });
});
