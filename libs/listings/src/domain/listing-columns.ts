import type { ListingContent, ListingContentInput } from './listing-content';
import { LISTING_KINDS, type ListingKind } from './listing-kind';
import { findCategory } from './taxonomy';

/**
 * The columns of a listings spreadsheet (import templates, exports): one row a listing,
 * headed `中文（key）`. Common fields, then each kind's details flat, then `moreDetails`:
 * the rest of the kind's details (booking rules, periods on offer, licence terms …) as
 * JSON, so that an export imports back to the very same listing. Money is in yuan here
 * (people type yuan), fen in the domain.
 */
export type ColumnType = 'text' | 'list' | 'integer' | 'number' | 'boolean' | 'yuan' | 'json';

export interface ListingColumn {
  key: string;
  zh: string;
  type: ColumnType;
  /** The kinds the column is for; absent: every kind. */
  kinds?: readonly ListingKind[];
  /** Where the value goes: a top-level field, or a path inside `details`. */
  target: { top: keyof ListingContentInput | 'externalRef' | 'kind' } | { details: readonly string[] };
  /** The example row of the templates, by kind. */
  example?: Partial<Record<ListingKind, string>>;
}

const top = (field: keyof ListingContentInput | 'externalRef' | 'kind') => ({ top: field });
const details = (...path: string[]) => ({ details: path });

export const LISTING_COLUMNS: readonly ListingColumn[] = [
  {
    key: 'externalRef',
    zh: '外部编号',
    type: 'text',
    target: top('externalRef'),
    example: { capacity: 'CNC-001', equipment: 'EQ-001', ip: 'IP-001' },
  },
  {
    key: 'kind',
    zh: '类型',
    type: 'text',
    target: top('kind'),
    example: { capacity: 'capacity', equipment: 'equipment', ip: 'ip' },
  },
  {
    key: 'title',
    zh: '标题',
    type: 'text',
    target: top('title'),
    example: { capacity: '五轴加工中心 机时共享', equipment: '场发射扫描电镜', ip: '一种锂电池正极材料的制备方法' },
  },
  { key: 'titleEn', zh: '英文标题', type: 'text', target: top('titleEn') },
  {
    key: 'description',
    zh: '描述',
    type: 'text',
    target: top('description'),
    example: {
      capacity: '德玛吉五轴加工中心，每月可提供 400 机时',
      equipment: '蔡司 Sigma 300，可做形貌观察与能谱分析',
      ip: '提高正极材料循环寿命的制备工艺',
    },
  },
  { key: 'descriptionEn', zh: '英文描述', type: 'text', target: top('descriptionEn') },
  {
    key: 'category',
    zh: '类别',
    type: 'text',
    target: top('category'),
    example: { capacity: '机械加工', equipment: '电子显微', ip: '新能源电池' },
  },
  { key: 'tags', zh: '标签', type: 'list', target: top('tags'), example: { capacity: '五轴;铝合金' } },
  { key: 'regionCode', zh: '地区代码', type: 'text', target: top('regionCode') },
  { key: 'address', zh: '地址', type: 'text', target: top('address') },
  { key: 'industryDivision', zh: '行业大类', type: 'text', target: top('industryDivision') },
  {
    key: 'price',
    zh: '价格（元）',
    type: 'yuan',
    target: top('priceFen'),
    example: { capacity: '350', equipment: '800' },
  },
  {
    key: 'priceUnit',
    zh: '计价单位',
    type: 'text',
    target: top('priceUnit'),
    example: { capacity: 'machine_hour', equipment: 'hour' },
  },
  { key: 'visibility', zh: '可见范围', type: 'text', target: top('visibility') },
  // Capacity.
  {
    key: 'process',
    zh: '工艺',
    type: 'text',
    kinds: ['capacity'],
    target: details('process'),
    example: { capacity: '五轴铣削' },
  },
  {
    key: 'materials',
    zh: '材料',
    type: 'list',
    kinds: ['capacity'],
    target: details('materials'),
    example: { capacity: '铝合金;钛合金' },
  },
  {
    key: 'capacityQuantity',
    zh: '产能数量',
    type: 'number',
    kinds: ['capacity'],
    target: details('capacity', 'quantity'),
    example: { capacity: '400' },
  },
  {
    key: 'capacityUnit',
    zh: '产能单位',
    type: 'text',
    kinds: ['capacity'],
    target: details('capacity', 'unit'),
    example: { capacity: 'machine_hour' },
  },
  {
    key: 'capacityPer',
    zh: '产能周期',
    type: 'text',
    kinds: ['capacity'],
    target: details('capacity', 'per'),
    example: { capacity: 'month' },
  },
  {
    key: 'toleranceMm',
    zh: '公差（毫米）',
    type: 'number',
    kinds: ['capacity'],
    target: details('toleranceMm'),
    example: { capacity: '0.01' },
  },
  {
    key: 'certifications',
    zh: '认证',
    type: 'list',
    kinds: ['capacity'],
    target: details('certifications'),
    example: { capacity: 'ISO 9001' },
  },
  {
    key: 'leadTimeDays',
    zh: '交期（天）',
    type: 'integer',
    kinds: ['capacity'],
    target: details('leadTimeDays'),
    example: { capacity: '7' },
  },
  // Equipment.
  {
    key: 'manufacturer',
    zh: '制造商',
    type: 'text',
    kinds: ['equipment'],
    target: details('manufacturer'),
    example: { equipment: '蔡司' },
  },
  {
    key: 'model',
    zh: '型号',
    type: 'text',
    kinds: ['equipment'],
    target: details('model'),
    example: { equipment: 'Sigma 300' },
  },
  {
    key: 'serviceModes',
    zh: '服务方式',
    type: 'list',
    kinds: ['equipment'],
    target: details('serviceModes'),
    example: { equipment: 'technician_operated;sample_testing' },
  },
  {
    key: 'hourlyRate',
    zh: '机时费（元/小时）',
    type: 'yuan',
    kinds: ['equipment'],
    target: details('hourlyRateFen'),
    example: { equipment: '800' },
  },
  {
    key: 'turnaroundDays',
    zh: '检测周期（天）',
    type: 'integer',
    kinds: ['equipment'],
    target: details('turnaroundDays'),
    example: { equipment: '5' },
  },
  {
    key: 'requiresTraining',
    zh: '需培训',
    type: 'boolean',
    kinds: ['equipment'],
    target: details('requiresTraining'),
    example: { equipment: 'false' },
  },
  // Patents.
  {
    key: 'patentNumber',
    zh: '专利号',
    type: 'text',
    kinds: ['ip'],
    target: details('patentNumber'),
    example: { ip: 'ZL202310123456.6' },
  },
  { key: 'patentType', zh: '专利类型', type: 'text', kinds: ['ip'], target: details('patentType') },
  {
    key: 'legalStatus',
    zh: '法律状态',
    type: 'text',
    kinds: ['ip'],
    target: details('legalStatus'),
    example: { ip: 'granted' },
  },
  {
    key: 'transactionTypes',
    zh: '交易方式',
    type: 'list',
    kinds: ['ip'],
    target: details('transactionTypes'),
    example: { ip: 'ordinary_licence;assignment' },
  },
  { key: 'openLicence', zh: '开放许可', type: 'boolean', kinds: ['ip'], target: details('openLicence') },
  { key: 'ipc', zh: 'IPC分类号', type: 'list', kinds: ['ip'], target: details('ipc'), example: { ip: 'H01M 4/525' } },
  { key: 'filingDate', zh: '申请日', type: 'text', kinds: ['ip'], target: details('filingDate') },
  { key: 'moreDetails', zh: '其他详情（JSON）', type: 'json', target: details() },
];

const BY_KEY = new Map(LISTING_COLUMNS.map((column) => [column.key.toLowerCase(), column]));
const BY_ZH = new Map(LISTING_COLUMNS.map((column) => [column.zh, column]));

/** The header a template or an export writes: `标题（title）`. */
export function columnHeader(column: ListingColumn): string {
  return `${column.zh}（${column.key}）`;
}

/** The columns of a kind's template (every kind: the columns of all of them). */
export function columnsFor(kind?: ListingKind): ListingColumn[] {
  return LISTING_COLUMNS.filter((column) => !kind || !column.kinds || column.kinds.includes(kind));
}

/**
 * The column a header names: `标题（title）`, `标题(title)`, `标题` or `title`, in any
 * case and with the spaces people leave around it.
 */
export function columnOfHeader(header: string): ListingColumn | undefined {
  const text = header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .trim();
  const both = /^(.*?)\s*\(\s*([A-Za-z]+)\s*\)$/.exec(text);
  if (both) {
    const column = BY_KEY.get(both[2].toLowerCase());
    return column && (both[1] === '' || BY_ZH.get(both[1]) === column || both[1] === column.zh.normalize('NFKC'))
      ? column
      : undefined;
  }
  return (
    BY_KEY.get(text.toLowerCase()) ?? BY_ZH.get(text) ?? LISTING_COLUMNS.find((c) => c.zh.normalize('NFKC') === text)
  );
}

/** Chinese names of the kinds, accepted besides the keys. */
const KIND_NAMES: Record<string, ListingKind> = { 产能: 'capacity', 设备: 'equipment', 专利: 'ip' };

export function kindOfCell(value: string): ListingKind | undefined {
  const text = value.trim();
  const lower = text.toLowerCase();
  return (LISTING_KINDS as readonly string[]).includes(lower) ? (lower as ListingKind) : KIND_NAMES[text];
}

/** Without a kind column (or cell): the one kind whose own columns the row fills in, if only one. */
function kindOfColumns(columns: readonly ListingColumn[], cells: readonly string[]): ListingKind | undefined {
  const kinds = new Set<ListingKind>();
  columns.forEach((column, i) => {
    if (column.kinds?.length === 1 && (cells[i] ?? '').trim() !== '') kinds.add(column.kinds[0]);
  });
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** A cell that could not be read as its column's type. */
export interface CellProblem {
  column: string;
  message: string;
}

const LIST_SEPARATOR = /[;；\n]/;

function yuanToFen(text: string): number | undefined {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,，\s]/g, '').replace(/^[¥￥]/, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function fenToYuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '需要', '有']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '不需要', '无']);

/** A cell's text as the column's type; `undefined` with a problem when it cannot be. */
function readCell(column: ListingColumn, text: string): { value: unknown } | { problem: string } {
  switch (column.type) {
    case 'text':
      return { value: text };
    case 'list':
      return {
        value: text
          .split(LIST_SEPARATOR)
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      };
    case 'integer':
    case 'number': {
      const number = Number(text.replace(/[,，\s]/g, ''));
      if (!Number.isFinite(number) || (column.type === 'integer' && !Number.isInteger(number))) {
        return { problem: column.type === 'integer' ? 'must be a whole number' : 'must be a number' };
      }
      return { value: number };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { problem: 'must be true or false (是 or 否)' };
    }
    case 'yuan': {
      const fen = yuanToFen(text);
      return fen === undefined ? { problem: 'must be an amount in yuan, at most two decimals' } : { value: fen };
    }
    case 'json': {
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return { problem: 'must be a JSON object' };
        }
        return { value };
      } catch {
        return { problem: 'must be a JSON object' };
      }
    }
  }
}

/** A row of cells, by column, as the listing body it stands for. */
export interface ListingRowInput {
  externalRef: string | undefined;
  kind: string | undefined;
  /** The common fields the row has columns for (an empty cell: null, cleared). */
  content: ListingContentInput;
  /** The details the row states (empty cells left out, so the domain's defaults apply). */
  details: Record<string, unknown>;
  problems: CellProblem[];
}

/**
 * Reads one row. `cells` are by column; the caller has stripped a leading apostrophe
 * that escaped a formula character. Columns of another kind than the row's are ignored.
 */
export function readListingRow(columns: readonly ListingColumn[], cells: readonly string[]): ListingRowInput {
  const result: ListingRowInput = { externalRef: undefined, kind: undefined, content: {}, details: {}, problems: [] };
  const kindIndex = columns.findIndex((column) => column.key === 'kind');
  const kindText = kindIndex >= 0 ? (cells[kindIndex] ?? '').trim() : '';
  const kind = kindText === '' ? kindOfColumns(columns, cells) : kindOfCell(kindText);
  if (kindText === '' && kind) result.kind = kind;
  let more: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  // Empty cells of detail columns: cleared (null), unless moreDetails states the value.
  const cleared: { path: readonly string[]; value: null | [] }[] = [];
  columns.forEach((column, index) => {
    const text = (cells[index] ?? '').trim();
    if (column.kinds && kind && !column.kinds.includes(kind)) return;
    const target = column.target;
    if ('top' in target && target.top === 'externalRef') {
      result.externalRef = text === '' ? undefined : text;
      return;
    }
    if ('top' in target && target.top === 'kind') {
      result.kind = text === '' ? kind : (kind ?? text);
      return;
    }
    if (text === '') {
      if ('top' in target) (result.content as Record<string, unknown>)[target.top] = null;
      else if (target.details.length > 0)
        cleared.push({ path: target.details, value: column.type === 'list' ? [] : null });
      return;
    }
    const read = readCell(column, text);
    if ('problem' in read) {
      result.problems.push({ column: column.key, message: read.problem });
      return;
    }
    if ('top' in target) (result.content as Record<string, unknown>)[target.top] = read.value;
    else if (target.details.length === 0) more = read.value as Record<string, unknown>;
    else setPath(flat, target.details, read.value);
  });
  result.details = mergeDeep(more, flat);
  for (const { path, value } of cleared) {
    if (getPath(result.details, path) === undefined) setPath(result.details, path, value);
  }
  return result;
}

function setPath(object: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = object;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

function getPath(object: Record<string, unknown>, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), object);
}

/** `over` laid onto `base`, objects merged key by key (arrays and values replaced). */
export function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const existing = merged[key];
    merged[key] = isPlainObject(existing) && isPlainObject(value) ? mergeDeep(existing, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which column a violation's field belongs to (`details.capacity.quantity` → capacityQuantity). */
export function columnOfField(field: string, kind: ListingKind | undefined): string {
  const path = field.split('.');
  if (path[0] === 'priceFen') return 'price';
  if (path[0] !== 'details') {
    const column = LISTING_COLUMNS.find((c) => 'top' in c.target && c.target.top === path[0]);
    return column?.key ?? path[0];
  }
  const inner = path.slice(1);
  let best: ListingColumn | undefined;
  for (const column of LISTING_COLUMNS) {
    if (!('details' in column.target) || column.target.details.length === 0) continue;
    if (column.kinds && kind && !column.kinds.includes(kind)) continue;
    const target = column.target.details;
    if (target.every((part, i) => inner[i] === part) || inner.every((part, i) => target[i] === part)) {
      if (!best || target.length > ('details' in best.target ? best.target.details.length : 0)) best = column;
    }
  }
  return best?.key ?? 'moreDetails';
}

/** The cells of a listing's row, by `columns` (a listing's export, or a template's example). */
export function listingRowCells(
  columns: readonly ListingColumn[],
  listing: { kind: ListingKind; externalRef: string | null; content: ListingContent },
): string[] {
  const { kind, content } = listing;
  const detailsObject = { ...(content.details as unknown as Record<string, unknown>) };
  // Details a flat column carries leave moreDetails; what a flat cell cannot say stays in it.
  const flatKeys = new Set<string>();
  const cells = columns.map((column) => {
    if (column.kinds && !column.kinds.includes(kind)) return '';
    const target = column.target;
    if ('top' in target) {
      if (target.top === 'externalRef') return listing.externalRef ?? '';
      if (target.top === 'kind') return kind;
      if (target.top === 'category') return findCategory(kind, content.category)?.name ?? content.category;
      const value = (content as unknown as Record<string, unknown>)[target.top];
      return formatCell(column, value);
    }
    if (target.details.length === 0) return '';
    let value = getPath(detailsObject, target.details);
    // An open licence declared without its fee terms says no more than yes or no.
    if (column.key === 'openLicence' && isPlainObject(value) && value.royalty === null) value = value.declared;
    if (value !== undefined && (column.type !== 'boolean' || typeof value === 'boolean')) {
      if (target.details.length === 1) flatKeys.add(target.details[0]);
      return formatCell(column, value);
    }
    return '';
  });
  const moreIndex = columns.findIndex((column) => column.type === 'json');
  if (moreIndex >= 0) {
    // The flat capacity columns say all of `capacity` ({quantity, unit, per}).
    const rest = Object.fromEntries(
      Object.entries(detailsObject).filter(
        ([key]) => !flatKeys.has(key) && !(kind === 'capacity' && key === 'capacity'),
      ),
    );
    cells[moreIndex] = Object.keys(rest).length > 0 ? JSON.stringify(rest) : '';
  }
  return cells;
}

/** A scalar as text; anything else (a stray object) as JSON, never `[object Object]`. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function formatCell(column: ListingColumn, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'list':
      return Array.isArray(value) ? value.map(scalarText).join(';') : scalarText(value);
    case 'yuan':
      return typeof value === 'number' ? fenToYuan(value) : scalarText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'json':
      return JSON.stringify(value);
    default:
      return scalarText(value);
  }
}

/** The example row of a kind's template. */
export function exampleCells(columns: readonly ListingColumn[], kind: ListingKind): string[] {
  return columns.map((column) => column.example?.[kind] ?? '');
}
