import { describe, expect, it } from 'vitest';
import { THEME_TOKENS } from './theme';

/** WCAG 2 contrast ratio of two opaque #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Where links sit: panels and pages (white), the home page's hero (#e6f4ff at its bluest),
// Ant Design's light fills (#fafafa, #f5f5f5).
const BACKGROUNDS = ['#ffffff', '#e6f4ff', '#fafafa', '#f5f5f5'];

describe('theme contrast (WCAG AA, 4.5:1)', () => {
  it('keeps links and link buttons readable at rest, pointed at and pressed', () => {
    const colours = {
      colorLink: THEME_TOKENS.colorLink,
      colorLinkHover: THEME_TOKENS.colorLinkHover,
      colorLinkActive: THEME_TOKENS.colorLinkActive,
      colorPrimary: THEME_TOKENS.colorPrimary,
      colorPrimaryTextHover: THEME_TOKENS.colorPrimaryTextHover,
      colorPrimaryTextActive: THEME_TOKENS.colorPrimaryTextActive,
    };
    for (const [name, colour] of Object.entries(colours))
      for (const background of BACKGROUNDS)
        expect([name, background, contrast(colour, background) >= 4.5]).toEqual([name, background, true]);
  });

  it('keeps white text on primary buttons readable at rest, pointed at and pressed', () => {
    for (const fill of [THEME_TOKENS.colorPrimary, THEME_TOKENS.colorPrimaryHover, THEME_TOKENS.colorPrimaryActive])
      expect([fill, contrast('#ffffff', fill) >= 4.5]).toEqual([fill, true]);
  });

  it('would catch the colours Ant Design derives by itself', () => {
    expect(contrast('#579df2', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#ffffff', '#2e7ae6')).toBeLessThan(4.5);
  });
});
