import { describe, expect, it } from 'vitest';
import { disputesZh } from '../disputes/i18n';
import { disputesEn } from '../disputes/i18n.en';
import { consoleZh } from '../console/i18n';
import { consoleEn } from '../console/i18n.en';
import { organizationZhCN } from '../organization/i18n';
import { organizationEn } from '../organization/i18n.en';
import { myListingsZh } from '../provider/listings/i18n';
import { myListingsEn } from '../provider/listings/i18n.en';
import { sourcingZh } from '../sourcing/i18n';
import { sourcingEn } from '../sourcing/i18n.en';
import { en as enBase } from './en';
import { initialLanguage } from './index';
import { zhCN as zhBase } from './zh-CN';

// Every string of the app: the first load's and each area's (loaded with its pages).
const zhCN = {
  ...zhBase,
  org: organizationZhCN,
  disputes: disputesZh,
  myListings: myListingsZh,
  console: consoleZh,
  sourcing: sourcingZh,
};
const en = {
  ...enBase,
  org: organizationEn,
  disputes: disputesEn,
  myListings: myListingsEn,
  console: consoleEn,
  sourcing: sourcingEn,
};

type Tree = { [key: string]: string | string[] | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' || Array.isArray(v) ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : leaves(v)));
}

function placeholders(tree: Tree, path: string): string[] {
  const value = path.split('.').reduce<unknown>((node, k) => (node as Tree)[k], tree);
  return [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

describe('translations', () => {
  it('has every key in both languages, and no more', () => {
    const zh = keys(zhCN);
    const english = keys(en);
    expect(zh.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it('never leaves a string empty', () => {
    expect(leaves(zhCN as Tree).filter((s) => s.trim() === '')).toEqual([]);
    expect(leaves(en as Tree).filter((s) => s.trim() === '')).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys(zhCN))
      expect([key, placeholders(en as Tree, key)]).toEqual([key, placeholders(zhCN as Tree, key)]);
  });

  it('follows the remembered choice, else the browser, else Chinese', () => {
    expect(initialLanguage('en', ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialLanguage(null, ['fr-FR', 'de'])).toBe('zh-CN');
    expect(initialLanguage('fr', [])).toBe('zh-CN');
  });
});
