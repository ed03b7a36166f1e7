import { assertNever, UnexpectedValueError } from './assert-never';
import { DomainError } from './domain-error';

type Shape = { kind: 'circle'; radius: number } | { kind: 'square'; side: number };

function area(shape: Shape): number {
  switch (shape.kind) {
    case 'circle':
      return Math.PI * shape.radius ** 2;
    case 'square':
      return shape.side ** 2;
    default:
      return assertNever(shape, 'shape');
  }
}

describe('assertNever', () => {
  it('is never reached while every member has its case', () => {
    expect(area({ kind: 'square', side: 3 })).toBe(9);
    expect(area({ kind: 'circle', radius: 1 })).toBeCloseTo(Math.PI);
  });

  it('throws, naming what and which, when a value outside the type arrives at run time', () => {
    const stray = { kind: 'triangle', base: 2 } as unknown as Shape;
    expect(() => area(stray)).toThrow(UnexpectedValueError);
    expect(() => area(stray)).toThrow('Unexpected shape: {"kind":"triangle","base":2}');
  });

  it.each([
    ['a string, quoted', 'hexagon', 'Unexpected kind: "hexagon"'],
    ['a number', 7, 'Unexpected kind: 7'],
    ['undefined', undefined, 'Unexpected kind: undefined'],
    ['null', null, 'Unexpected kind: null'],
  ])('describes %s', (_, value, message) => {
    expect(() => assertNever(value as never, 'kind')).toThrow(message);
  });

  it('describes an object that cannot be serialised without failing itself', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const error = (() => {
      try {
        assertNever(cyclic as never);
      } catch (caught) {
        return caught;
      }
      throw new Error('expected assertNever to throw');
    })();
    expect(error).toBeInstanceOf(UnexpectedValueError);
    expect(error).toMatchObject({ what: 'value', value: cyclic, message: 'Unexpected value: [object Object]' });
  });

  it('is not a domain error: the problem filter answers it with a 500, never a 4xx', () => {
    const error = new UnexpectedValueError('kind', 'x');
    expect(error).not.toBeInstanceOf(DomainError);
    expect(error).not.toHaveProperty('code');
  });
});
