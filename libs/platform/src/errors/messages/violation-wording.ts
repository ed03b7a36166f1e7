import type { FieldViolation, Locale } from '@rongtong/kernel';
import { fill, type Params, PLACEHOLDER, type Texts } from './format';
import { CONSTRAINT_TEXTS, VIOLATION_TEXTS } from './violations';

/** A violation as the caller reads it: in their language, with the rule that words it. */
export interface WordedViolation {
  field: string;
  message: string;
  /** The catalog rule (`max_length`, class-validator's `isString` …); absent for a message no rule knows. */
  rule?: string;
  code?: unknown;
}

interface Compiled {
  rule: string;
  texts: Texts;
  pattern: RegExp;
  /** Literal characters: the most specific template is tried first. */
  weight: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

/** `must be at most {max} characters` → /^must be at most (?<max>.+?) characters$/. */
export function compile(rule: string, texts: Texts): Compiled {
  const seen = new Set<string>();
  let source = '';
  let last = 0;
  for (const match of texts.en.matchAll(PLACEHOLDER)) {
    const name = match[1];
    source += escape(texts.en.slice(last, match.index));
    // A time zone is one word (`Asia/Shanghai`); anything else may hold spaces.
    source += seen.has(name) ? `\\k<${name}>` : name === 'zone' ? `(?<${name}>\\S+)` : `(?<${name}>.+?)`;
    seen.add(name);
    last = match.index + match[0].length;
  }
  source += escape(texts.en.slice(last));
  return {
    rule,
    texts,
    pattern: new RegExp(`^${source}$`, 's'),
    weight: texts.en.replace(PLACEHOLDER, '').length,
  };
}

function compileAll(catalog: Readonly<Record<string, Texts>>): Compiled[] {
  return Object.entries(catalog)
    .map(([rule, texts]) => compile(rule, texts))
    .sort((a, b) => b.weight - a.weight);
}

const RULES = compileAll(VIOLATION_TEXTS);
const CONSTRAINTS = compileAll(CONSTRAINT_TEXTS);

const EACH = 'each value in ';
const EACH_ZH = '每一项';

/**
 * The rule whose English template reads `message`, and what its placeholders caught. A
 * class-validator constraint named by the producer is tried first; a message raised
 * without its rule is tried against the readers' rules, then class-validator's.
 */
export function findRule(
  message: string,
  constraint?: string,
): { rule: string; texts: Texts; params: Params } | undefined {
  const own = constraint !== undefined ? CONSTRAINTS.find((c) => c.rule === constraint) : undefined;
  const order = constraint !== undefined ? [...CONSTRAINTS, ...RULES] : [...RULES, ...CONSTRAINTS];
  for (const compiled of own ? [own, ...order] : order) {
    const match = compiled.pattern.exec(message);
    if (match) return { rule: compiled.rule, texts: compiled.texts, params: { ...match.groups } };
  }
  return undefined;
}

/** One English violation message in `locale`; the English itself when no rule knows it. */
export function wordMessage(message: string, locale: Locale, constraint?: string): { message: string; rule?: string } {
  // class-validator's `each: true`: "each value in tags must be a string".
  const each = message.startsWith(EACH);
  const found = findRule(each ? message.slice(EACH.length) : message, constraint);
  if (!found) return { message };
  if (locale === 'en') return { message, rule: found.rule };
  const worded = fill(found.texts[locale], locale, found.params, problemTerm);
  return { message: each ? `${EACH_ZH}${worded}` : worded, rule: found.rule };
}

export function wordViolation(violation: FieldViolation & { code?: unknown }, locale: Locale): WordedViolation {
  const { message, rule } = wordMessage(violation.message, locale, violation.rule);
  const worded: WordedViolation = { ...violation, field: violation.field, message };
  if (rule !== undefined) worded.rule = rule;
  else delete worded.rule;
  return worded;
}

/**
 * Terms of problem templates beyond the glossary: `{reason|violation}` words an English
 * reason as a violation message; `{detail|note}` is an optional one in parentheses;
 * `{periods|range}` lists `{start, end}` periods; `{periods|remaining}` what remains of them;
 * `{earliest|days}` and `{length|duration}` put English weekdays and durations (as the
 * booking rules word them: `Sat 2026-12-05 09:00`, `90 minutes`) in Chinese.
 */
export function problemTerm(term: string, value: unknown, locale: Locale): string | undefined {
  const zh = locale === 'zh-CN';
  switch (term) {
    case 'violation':
      return typeof value === 'string' ? wordMessage(value, locale).message : undefined;
    case 'note':
      if (typeof value !== 'string' || value === '') return '';
      return zh ? `（${wordMessage(value, locale).message}）` : ` (${value})`;
    case 'range':
    case 'remaining': {
      const p = (value ?? {}) as {
        start?: unknown;
        end?: unknown;
        periodStart?: unknown;
        periodEnd?: unknown;
        remaining?: unknown;
      };
      const range = `${String(p.start ?? p.periodStart)}–${String(p.end ?? p.periodEnd)}`;
      if (term === 'range') return range;
      return zh ? `${range} 剩余 ${String(p.remaining)}` : `${range} ${String(p.remaining)} remaining`;
    }
    case 'days':
      if (typeof value !== 'string') return undefined;
      return zh ? value.replace(WEEKDAY_WORDS, (word) => WEEKDAYS_ZH[word] ?? word) : value;
    case 'duration':
      if (typeof value !== 'string') return undefined;
      return zh ? value.replace(/(\d+) hours?/g, '$1 小时').replace(/(\d+) minutes?/g, '$1 分钟') : value;
    default:
      return undefined;
  }
}

const WEEKDAYS_ZH: Record<string, string> = {
  Mon: '周一',
  Tue: '周二',
  Wed: '周三',
  Thu: '周四',
  Fri: '周五',
  Sat: '周六',
  Sun: '周日',
  closed: '不开放',
  and: '和',
};
const WEEKDAY_WORDS = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|closed|and)\b/g;

/** Is `value` a list of field violations (a problem's `errors`)? */
export function isViolationList(value: unknown): value is FieldViolation[] {
  return (
    Array.isArray(value) &&
    value.every(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as FieldViolation).field === 'string' &&
        typeof (v as FieldViolation).message === 'string',
    )
  );
}
