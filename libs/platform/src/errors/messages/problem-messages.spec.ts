import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LOCALES } from '@rongtong/kernel';
import { frameworkCodes } from '../problem-details';
import {
  allTexts,
  CONSTRAINT_TEXTS,
  fill,
  findRule,
  GLOSSARY,
  MESSAGE_CATALOGS,
  PLACEHOLDER,
  placeholders,
  PROBLEM_MESSAGES,
  VIOLATION_TEXTS,
} from './index';

/**
 * Every code the API can answer with has texts in every language, and every message a
 * field reader raises has a rule that words it. The codes and messages are read from
 * the source itself, so a new error class, a new `new XError(…, 'CODE')` or a new
 * `fail(field, '…')` without texts fails here.
 */
const ROOT = resolve(__dirname, '../../../../..');
const SOURCES = ['libs', 'apps/api/src'];
/** Not API errors: configuration read at boot, health probes, command-line tools. */
const NOT_API = [/^libs\/platform\/src\/config\//, /^apps\/api\/src\/health\//, /^apps\/api\/src\/cli\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
  .filter((file) => !NOT_API.some((pattern) => pattern.test(file.path)));

const CODE = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g;

/** The arguments of the call whose `(` is at `open`, as written. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The classes that extend DomainError, at any depth. */
function domainErrorClasses(): Set<string> {
  const parents = new Map<string, string>();
  for (const { text } of files) {
    for (const m of text.matchAll(/class (\w+) extends (\w+)/g)) parents.set(m[1], m[2]);
  }
  const isDomainError = (name: string, depth = 0): boolean =>
    name === 'DomainError' || (depth < 10 && parents.has(name) && isDomainError(parents.get(name)!, depth + 1));
  return new Set([...parents.keys()].filter((name) => isDomainError(name)));
}

/** Every problem code the source can raise, with where it was found. */
function raisedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (code: string, path: string) => {
    if (!found.has(code)) found.set(code, path);
  };
  const domainErrors = domainErrorClasses();
  for (const { path, text } of files) {
    // In a DomainError class: `readonly code = 'X'`, `override readonly code = 'X'`,
    // `readonly code: string = 'X'`, `readonly code: 'X' | 'Y'`, a constructor's default `code = 'X'`.
    for (const body of text.split(/^(?=(?:export )?(?:abstract )?class )/m)) {
      const name = /^(?:export )?(?:abstract )?class (\w+)/.exec(body)?.[1];
      if (name === undefined || !domainErrors.has(name)) continue;
      for (const m of body.matchAll(/readonly code(?::\s*string)?\s*=\s*'([A-Z0-9_]+)'/g)) add(m[1], path);
      for (const m of body.matchAll(/readonly code:\s*((?:'[A-Z0-9_]+'\s*\|?\s*)+)/g)) {
        for (const c of m[1].matchAll(CODE)) add(c[1], path);
      }
      for (const m of body.matchAll(/\bcode\s*=\s*'([A-Z0-9_]+)'\s*[,)]/g)) add(m[1], path);
    }
    // `new SomeError('CODE', …)`, `new ForbiddenError('…', 'CODE')`: a code given where raised,
    // not a violation's own `code: 'X'` inside the arguments.
    for (const m of text.matchAll(/new (\w+)\(/g)) {
      if (!domainErrors.has(m[1])) continue;
      const args = argumentsAt(text, m.index + m[0].length - 1).replace(/code:\s*'[A-Z0-9_]+'/g, '');
      for (const c of args.matchAll(CODE)) add(c[1], path);
    }
  }
  // Codes the problem mapper answers with itself: `problem(422, 'INVALID_VALUE', …)`.
  for (const { path, text } of files) {
    for (const m of text.matchAll(/\bproblem\(\s*[^,()]+,\s*'([A-Z0-9_]+)'/g)) add(m[1], path);
  }
  for (const code of frameworkCodes()) add(code, 'libs/platform/src/errors/problem-details.ts');
  return found;
}

const STRING = String.raw`(?:'(?:[^'\\]|\\.)*'|\x60(?:[^\x60\\]|\\.)*\x60)`;
const STRINGS = `${STRING}(?:\\s*\\+\\s*${STRING})*`;
const ARGUMENT = String.raw`(?:'(?:[^'\\]|\\.)*'|\x60(?:[^\x60\\]|\\.)*\x60|[\w.$]+)`;
/** Errors whose English reason is worded as a violation message (`{reason|violation}`), after a key or not. */
const KEYED_REASON_ERRORS = 'SizeInputInvalidError|BadgeInvalidError|PasswordTooWeakError|PatentNumberInvalidError';
const REASON_ERRORS = 'WebhookUrlInvalidError|WebhookEventsInvalidError';
const MESSAGE_SITES = [
  new RegExp(String.raw`\bfail\(\s*${ARGUMENT}\s*,\s*(${STRINGS})`, 'g'),
  new RegExp(String.raw`\bfail\(\s*(${STRINGS})\s*\)`, 'g'),
  new RegExp(String.raw`\bfield:\s*${ARGUMENT}\s*,\s*message:\s*(${STRINGS})`, 'g'),
  new RegExp(String.raw`\bcode:\s*'[A-Z_]+'\s*,\s*message:\s*(${STRINGS})`, 'g'),
  new RegExp(String.raw`new (?:${KEYED_REASON_ERRORS})\(\s*'[a-zA-Z_]+'\s*,\s*(${STRINGS})`, 'g'),
  new RegExp(String.raw`new (?:${REASON_ERRORS})\(\s*(${STRINGS})`, 'g'),
  // A choice of two messages: `fail(field, n === 1 ? 'a' : \`b\`)`, `message: late ? \`a\` : 'b'`.
  new RegExp(String.raw`\bfail\(\s*${ARGUMENT}\s*,\s*[^'\x60,(){}$\n]+\?\s*(${STRINGS})\s*:\s*(${STRINGS})`, 'g'),
  new RegExp(String.raw`\bmessage:\s*[^'\x60,(){}$\n]+\?\s*(${STRINGS})\s*:\s*(${STRINGS})`, 'g'),
];

const INTERPOLATION = /\$\{((?:[^{}]|\{[^{}]*\})*)\}/;
const CHOICE = /\?\s*'([^']*)'\s*:\s*'([^']*)'\s*$/;

/**
 * The messages a literal can produce: `${…}` stands for any value, except a choice
 * between two literals (`${n > 1 ? 'are' : 'is'}`), which gives a message for each.
 */
function samples(literal: string): string[] {
  const text = literal
    .split(/\s*\+\s*(?=['\x60])/)
    .map((part) => part.trim().slice(1, -1))
    .join('');
  const expand = (message: string): string[] => {
    const m = INTERPOLATION.exec(message);
    if (!m) return [message];
    const choice = CHOICE.exec(m[1]);
    const options = choice ? [choice[1], choice[2]] : ['x1'];
    return options.flatMap((option) =>
      expand(message.slice(0, m.index) + option + message.slice(m.index + m[0].length)),
    );
  };
  return expand(text);
}

function raisedMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { path, text } of files) {
    for (const pattern of MESSAGE_SITES) {
      for (const m of text.matchAll(pattern)) {
        for (const literal of m.slice(1).filter((g) => g !== undefined)) {
          for (const message of samples(literal)) if (!found.has(message)) found.set(message, path);
        }
      }
    }
  }
  return found;
}

const HAN = /\p{Script=Han}/u;
/** A Chinese text is Chinese, unless it is only placeholders (`{errors}`). */
function isChinese(template: string): boolean {
  return HAN.test(template) || template.replace(PLACEHOLDER, '').trim() === '';
}

const PROBLEM_TERMS = ['violation', 'note', 'range', 'remaining', 'days', 'duration'];

describe('problem message catalog', () => {
  const codes = raisedCodes();

  it('finds the codes the API raises (the scan itself works)', () => {
    for (const code of ['USCC_INVALID', 'LISTING_NOT_FOUND', 'ADMIN_REQUIRED', 'LICENCE_AGREEMENT_NOT_FOUND']) {
      expect(codes.has(code)).toBe(true);
    }
    for (const code of [
      'PATENT_EXPIRED',
      'REVIEW_EXISTS',
      'ENTERPRISE_MEMBER_REQUIRED',
      'MALFORMED_JSON',
      'INTERNAL_ERROR',
    ]) {
      expect(codes.has(code)).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(100);
  });

  it('has texts in every language for every code the API can answer with', () => {
    const missing = [...codes].filter(([code]) => !PROBLEM_MESSAGES[code]).map(([code, path]) => `${code} (${path})`);
    expect(missing).toEqual([]);
  });

  it('gives each code its texts once', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, catalog] of Object.entries(MESSAGE_CATALOGS)) {
      for (const code of Object.keys(catalog)) {
        if (seen.has(code)) twice.push(`${code}: ${seen.get(code)} and ${file}`);
        seen.set(code, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it.each(Object.entries(PROBLEM_MESSAGES))('%s: non-empty texts that fill every placeholder', (code, entry) => {
    for (const texts of allTexts(entry)) {
      for (const locale of LOCALES) {
        const template = texts[locale];
        expect(template.trim()).not.toBe('');
        const params = Object.fromEntries(placeholders(template).map((name) => [name, '7']));
        const worded = fill(template, locale, params, () => 'x');
        expect(worded).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*(\|[A-Za-z]+)?\}/);
        for (const [, , term] of template.matchAll(PLACEHOLDER)) {
          if (term !== undefined) expect([...Object.keys(GLOSSARY), ...PROBLEM_TERMS]).toContain(term);
        }
      }
      expect(isChinese(texts['zh-CN'])).toBe(true);
      // `{message}` is English as raised: never in a Chinese text.
      expect(placeholders(texts['zh-CN'])).not.toContain('message');
    }
  });
});

describe('violation catalog', () => {
  const messages = raisedMessages();

  it('finds the messages the readers raise (the scan itself works)', () => {
    for (const message of [
      'is required',
      'must be at most x1 characters',
      'must be a date YYYY-MM-DD (Asia/Shanghai)',
    ]) {
      expect(messages.has(message)).toBe(true);
    }
    expect(messages.size).toBeGreaterThan(100);
  });

  it('has a rule for every message a field reader raises', () => {
    const unknown = [...messages].filter(([message]) => !findRule(message)).map(([m, path]) => `${m} (${path})`);
    expect(unknown).toEqual([]);
  });

  it.each(Object.entries({ ...VIOLATION_TEXTS, ...CONSTRAINT_TEXTS }))(
    '%s: Chinese text, the same placeholders as the English',
    (_rule, texts) => {
      expect(HAN.test(texts['zh-CN'])).toBe(true);
      const english = new Set(placeholders(texts.en));
      for (const name of placeholders(texts['zh-CN'])) expect(english.has(name)).toBe(true);
      for (const [, , term] of texts['zh-CN'].matchAll(PLACEHOLDER)) {
        if (term !== undefined) expect([...Object.keys(GLOSSARY), ...PROBLEM_TERMS]).toContain(term);
      }
    },
  );

  it('finds each rule by its own English, whatever fills it', () => {
    for (const [rule, texts] of Object.entries(VIOLATION_TEXTS)) {
      const english = fill(texts.en, 'en', Object.fromEntries(placeholders(texts.en).map((n) => [n, '12'])));
      expect(findRule(english)).toBeDefined();
      void rule;
    }
  });
});
