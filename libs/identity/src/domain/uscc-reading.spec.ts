import { readUscc } from './uscc-reading';

describe('readUscc', () => {
  it.each([
    ['91320594MA1N2K5B77', 'market_regulation', 'enterprise', ['江苏省', '苏州市', '苏州工业园区']],
    ['91310115MA1H7L3Q1H', 'market_regulation', 'enterprise', ['上海市', '浦东新区']],
    ['92440300MA5FUX2T39', 'market_regulation', 'individual_business', ['广东省', '深圳市']],
    ['52110108MA01ABCD5T', 'civil_affairs', 'private_non_enterprise', ['北京市', '海淀区']],
    ['Y1330100MA27WQ8C1X', 'other', 'other', ['浙江省', '杭州市']],
  ])('%s: %s, %s, %j', (code, authority, entityType, names) => {
    const reading = readUscc(code);
    expect(reading.registrationAuthority).toBe(authority);
    expect(reading.entityType).toBe(entityType);
    expect(reading.region.map((r) => r.name)).toEqual(names);
    expect(reading.regionCode).toBe(code.slice(2, 8));
  });

  it('keeps the raw characters and leaves an unknown division unnamed', () => {
    const reading = readUscc('91999999MA1N2K5B77');
    expect(reading).toMatchObject({ registrationAuthorityCode: '9', entityTypeCode: '1', region: [] });
    expect(reading.organizationCode).toBe('MA1N2K5B7');
  });
});
