import type { ThemeConfig } from 'antd';

/**
 * Ant Design's tokens for the app. Its blue one step darker, and secondary text a little
 * stronger, for WCAG AA contrast (4.5:1 for text). Hover and pressed colours are set, not
 * derived: from #0958d9 Ant Design derives a lighter hover blue (#579df2 for links, 2.7:1 on
 * white; #2e7ae6 behind a primary button's white text, 4.1:1), so a link or button failed AA
 * exactly while pointed at. Here they get darker instead (theme.test.ts checks every pair).
 */
export const THEME_TOKENS = {
  // The family of app.css, which also styles what the server paints before the app starts.
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  colorPrimary: '#0958d9',
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorPrimaryTextHover: '#003eb3',
  colorPrimaryTextActive: '#002c8c',
  colorError: '#cf1322',
  colorSuccess: '#389e0d',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorLinkActive: '#002c8c',
  borderRadius: 6,
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
} satisfies ThemeConfig['token'];
