import { findIndustry, findSection, INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, isKnownDivision } from './industry-codes';

describe('industry codes (GB/T 4754-2017)', () => {
  it('seeds the twenty sections A–T in order', () => {
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('seeds every manufacturing division C13–C43 and the listed services', () => {
    const codes = INDUSTRY_DIVISIONS.map((d) => d.code);
    const manufacturing = Array.from({ length: 31 }, (_, i) => `C${13 + i}`);
    expect(codes).toEqual(
      expect.arrayContaining([...manufacturing, 'F51', 'F52', 'I63', 'I64', 'I65', 'M73', 'M74', 'M75']),
    );
  });

  it('has no duplicate codes and names everything in both languages', () => {
    const all = [...INDUSTRY_SECTIONS, ...INDUSTRY_DIVISIONS];
    expect(new Set(all.map((i) => i.code)).size).toBe(all.length);
    for (const industry of all) {
      expect(industry.nameZh).toMatch(/\p{Script=Han}/u);
      expect(industry.nameEn).toMatch(/^[A-Z][\w ,;()'.-]+$/);
    }
  });

  it("places every seeded division within its section's range", () => {
    for (const division of INDUSTRY_DIVISIONS) {
      const section = findSection(division.section);
      const number = Number(division.code.slice(1));
      expect(section).toBeDefined();
      expect(number).toBeGreaterThanOrEqual(section!.divisions.from);
      expect(number).toBeLessThanOrEqual(section!.divisions.to);
    }
  });

  it('leaves no gaps or overlaps between section ranges (01–97)', () => {
    let next = 1;
    for (const { divisions } of INDUSTRY_SECTIONS) {
      expect(divisions.from).toBe(next);
      next = divisions.to + 1;
    }
    expect(next).toBe(98);
  });

  it.each([
    ['C', 'section', '制造业'],
    [' c ', 'section', '制造业'],
    ['I', 'section', '信息传输、软件和信息技术服务业'],
    ['C34', 'division', '通用设备制造业'],
    ['c39', 'division', '计算机、通信和其他电子设备制造业'],
    ['C25', 'division', '石油、煤炭及其他燃料加工业'],
    ['M74', 'division', '专业技术服务业'],
    ['I65', 'division', '软件和信息技术服务业'],
  ])('finds %j: a %s named %s', (code, level, nameZh) => {
    expect(findIndustry(code)).toMatchObject({ level, nameZh });
  });

  it.each(['', 'U', 'Z', 'C44', 'C12', 'B06', '34', 'CC'])('finds nothing for %j', (code) => {
    expect(findIndustry(code)).toBeUndefined();
  });

  it('finds a section only as a section', () => {
    expect(findSection('C')?.nameEn).toBe('Manufacturing');
    expect(findSection('C34')).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    ['C', 'C34', true],
    ['C', '34', true],
    ['c', ' c34', true],
    ['F', 'F51', true],
    ['I', '65', true],
    ['M', 'M73', true],
    ['I', 'C34', false],
    ['C', 'I64', false],
    ['C', 'C44', false],
    ['B', 'B06', false], // real, but not seeded
    ['C', 'C', false],
    ['X', '34', false],
  ])('isKnownDivision(%j, %j) is %s', (section, division, known) => {
    expect(isKnownDivision(section, division)).toBe(known);
  });
});
