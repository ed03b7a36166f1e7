import { calendarText } from './calendar';

describe('calendarText', () => {
  const ics = calendarText('扫描电镜; SEM', [
    {
      uid: 'd1@rongtong',
      start: new Date('2027-01-05T01:00:00Z'),
      end: new Date('2027-01-05T04:00:00.000Z'),
      stamp: new Date('2026-12-01T08:30:15Z'),
      summary: `场发射扫描电镜 · 测试企业${'很长的名字'.repeat(8)}有限公司, 苏州`,
    },
  ]);

  it('writes an RFC 5545 calendar with UTC times and CRLF lines', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20270105T010000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20270105T040000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261201T083015Z\r\n');
    expect(ics).toContain('X-WR-CALNAME:扫描电镜\\; SEM');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines at 75 octets without splitting a character, and escapes text', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`有限公司\\, 苏州`);
    expect(unfolded).not.toContain('\uFFFD');
  });
});
