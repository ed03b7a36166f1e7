import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight, parseHighlight } from './Highlight';
import { changeSearch, readSearchParams, writeSearchParams } from './params';

describe('highlighted snippets', () => {
  it('splits the API markup into marked and plain parts, unescaping text', () => {
    expect(parseHighlight('龙门式<em>三坐标</em> &lt;大型&gt; &amp; <em>CMM</em>')).toEqual([
      { text: '龙门式', marked: false },
      { text: '三坐标', marked: true },
      { text: ' <大型> & ', marked: false },
      { text: 'CMM', marked: true },
    ]);
  });

  it('never turns the text into HTML', () => {
    const { container } = render(
      <Highlight html={'&lt;img src=x onerror=alert(1)&gt;<em>三坐标</em><b>x</b>'} fallback="" />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('三坐标').tagName).toBe('EM');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('search address', () => {
  it('round-trips every filter through the URL', () => {
    const params = {
      q: '三坐标',
      kind: 'equipment' as const,
      region: '3205',
      priceMin: 10000,
      serviceMode: 'technician_operated',
      freeHours: 2,
      freeFrom: '2026-12-08T00:00:00+08:00',
      freeTo: '2026-12-10T23:59:59+08:00',
      sort: 'price_asc',
      page: 2,
    };
    expect(readSearchParams(writeSearchParams(params))).toEqual(params);
  });

  it('drops what it cannot read', () => {
    expect(readSearchParams(new URLSearchParams('kind=boats&priceMin=abc&page=-1&q=%20'))).toEqual({});
  });

  it('starts again at page 1 and drops kind filters when the kind changes', () => {
    expect(changeSearch({ q: 'x', kind: 'ip', patentType: 'invention', page: 3 }, { kind: 'equipment' })).toEqual({
      q: 'x',
      kind: 'equipment',
      page: 1,
    });
  });
});
