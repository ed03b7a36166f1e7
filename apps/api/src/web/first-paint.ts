import { escapeHtml } from './page-meta';

/**
 * What a listing page shows before any script has run: the frame's header, the listing's
 * title and kind, and its description, in the same layout (and class names) the app then
 * renders over it. People read the listing at once; the app replaces it when it starts.
 */
export interface ListingPaint {
  kind: string;
  title: string;
  titleEn?: string | null;
  description: string;
  descriptionEn?: string | null;
}

export type PaintLanguage = 'zh-CN' | 'en';

/**
 * The few words of the app these pages show first, as in apps/web/src/i18n (zh-CN.ts and
 * en.ts: app.name, nav.home, listing.about, kind.*, home.*, search.*), which the app then
 * renders over them; kept here because the API does not load the web app's sources.
 */
const TEXT = {
  'zh-CN': {
    app: '融通',
    home: '首页',
    about: '资源介绍',
    kind: { capacity: '产能', equipment: '设备', ip: '专利' } as Record<string, string>,
    homeTitle: '找产能、约设备、谈专利',
    homeSubtitle: '大企业开放闲置产能、科研仪器与专利，中小企业按需预约、预订与许可。',
    kindIntro: {
      capacity: '机加工、注塑、钣金、SMT 等富余产能，按周或按月预订。',
      equipment: '检测与研发仪器按时段预约，支持代操作、自主上机与送样检测。',
      ip: '发明、实用新型与外观设计专利的许可与转让，含开放许可。',
    } as Record<string, string>,
    searchTitle: '找资源',
    searchTitleFor: (q: string) => `“${q}”的搜索结果`,
    filters: '筛选',
  },
  en: {
    app: 'Rongtong',
    home: 'Home',
    about: 'About',
    kind: { capacity: 'Capacity', equipment: 'Equipment', ip: 'Patent' } as Record<string, string>,
    homeTitle: 'Find capacity, book equipment, license patents',
    homeSubtitle:
      'Large enterprises share spare production capacity, instruments and patents; SMEs book, reserve and license them.',
    kindIntro: {
      capacity: 'Spare CNC, moulding, sheet metal, SMT and more, reserved by the week or month.',
      equipment: 'Test and R&D instruments by the hour: operated for you, self-operated or sample testing.',
      ip: 'Invention, utility model and design patents to license or buy, including open licences.',
    } as Record<string, string>,
    searchTitle: 'Browse',
    searchTitleFor: (q: string) => `Results for “${q}”`,
    filters: 'Filters',
  },
};

const KINDS = ['capacity', 'equipment', 'ip'];

function frame(language: PaintLanguage, content: string): string {
  const text = TEXT[language];
  return [
    `<div class="first-paint">`,
    `<div class="app-header first-paint-header"><a class="app-logo" href="/"><span aria-hidden="true" class="app-logo-mark">融</span><span>${text.app}</span></a></div>`,
    `<div class="app-content">${content}</div>`,
    `</div>`,
  ].join('');
}

/** The home page's top: its heading and introduction, and each kind's box with its introduction. */
export function homePaint(language: PaintLanguage): string {
  const text = TEXT[language];
  const kinds = KINDS.map(
    (kind) =>
      `<div class="first-paint-third"><section class="panel" style="height:100%"><div class="panel-head"><div class="panel-title"><h2 class="title" style="font-size:18px;margin:0">${text.kind[kind]}</h2></div></div>` +
      `<div class="panel-body"><p class="paragraph text-secondary">${text.kindIntro[kind]}</p></div></section></div>`,
  ).join('');
  return frame(
    language,
    `<section class="hero"><h1 class="title" style="font-size:30px;margin-top:0">${escapeHtml(text.homeTitle)}</h1>` +
      `<p class="paragraph text-secondary" style="font-size:16px">${escapeHtml(text.homeSubtitle)}</p>` +
      `<div class="first-paint-searchbox" style="max-width:640px;margin:0 auto;height:40px"></div></section>` +
      `<div class="first-paint-row first-paint-gap">${kinds}</div>`,
  );
}

/** One hit of a search as the first paint shows it: the fields the results list reads first. */
export interface SearchPaintHit {
  document: {
    id: string;
    kind: string;
    title: string;
    titleEn?: string | null;
    description: string;
    descriptionEn?: string | null;
  };
  highlights: { title?: string; description?: string };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * A highlight as the results list shows it (apps/web/src/search/Highlight.tsx): the text
 * decoded and escaped again, only its <em> marks kept as markup.
 */
function highlighted(html: string | undefined, fallback: string): string {
  if (!html) return escapeHtml(fallback);
  return html
    .split(/(<em>.*?<\/em>)/s)
    .map((part) => {
      const marked = /^<em>(.*)<\/em>$/s.exec(part);
      const text = escapeHtml((marked ? marked[1] : part).replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e));
      return marked ? `<em>${text}</em>` : text;
    })
    .join('');
}

/** The search page's heading and its first results (title and two lines of description each). */
export function searchPaint(q: string | undefined, hits: SearchPaintHit[], language: PaintLanguage): string {
  const text = TEXT[language];
  const items = hits
    .map(({ document: d, highlights }) => {
      const title = language === 'en' && d.titleEn ? escapeHtml(d.titleEn) : highlighted(highlights.title, d.title);
      const description =
        language === 'en' && d.descriptionEn
          ? escapeHtml(d.descriptionEn)
          : highlighted(highlights.description, d.description);
      return (
        `<section class="panel panel-small" style="margin-bottom:12px"><div class="panel-body"><article>` +
        `<h2 class="title" style="font-size:17px;margin:0"><a href="/listings/${escapeHtml(d.id)}"><span class="snippet">${title}</span></a></h2>` +
        `<p class="paragraph text-secondary text-clamp" style="-webkit-line-clamp:2;margin:8px 0"><span class="snippet">${description}</span></p>` +
        `</article></div></section>`
      );
    })
    .join('');
  return frame(
    language,
    `<h1 class="title" style="font-size:22px;margin-top:0">${escapeHtml(q ? text.searchTitleFor(q) : text.searchTitle)}</h1>` +
      `<div style="max-width:720px;margin-bottom:16px;height:32px"></div>` +
      `<div class="first-paint-row"><div class="first-paint-side"><section class="panel panel-small"><div class="panel-head"><div class="panel-title"><h2 style="font-size:16px;margin:0">${text.filters}</h2></div></div><div class="panel-body"></div></section></div>` +
      `<div class="first-paint-results"><div style="height:22px;margin-bottom:12px"></div>${items}</div></div>`,
  );
}

/** The app's language for this request as the app will choose it: a remembered choice, else the browser's. */
export function paintLanguage(cookie: string | undefined, acceptLanguage: string | undefined): PaintLanguage {
  const stored = /(?:^|;\s*)rongtong\.language=([^;]+)/.exec(cookie ?? '')?.[1];
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function listingPaint(listing: ListingPaint, language: PaintLanguage): string {
  const text = TEXT[language];
  const title = (language === 'en' && listing.titleEn) || listing.title;
  const description = (language === 'en' && listing.descriptionEn) || listing.description;
  const kind = text.kind[listing.kind] ?? listing.kind;
  return frame(
    language,
    [
      `<header class="page-header"><nav class="ant-breadcrumb"><ol><li><a class="ant-breadcrumb-link" href="/">${text.home}</a></li>`,
      `<li><span class="ant-breadcrumb-separator" aria-hidden="true">/</span><span class="ant-breadcrumb-link">${escapeHtml(kind)}</span></li></ol></nav>`,
      `<h1 class="title" style="font-size:24px;margin:8px 0 4px">${escapeHtml(title)}</h1></header>`,
      `<div class="first-paint-row"><div class="first-paint-main"><section class="panel"><div class="panel-head"><div class="panel-title"><h2 style="font-size:16px;margin:0">${text.about}</h2></div></div>`,
      `<div class="panel-body"><p class="paragraph" style="white-space:pre-wrap">${escapeHtml(description)}</p></div></section></div></div>`,
    ].join(''),
  );
}

/** The HTML with `paint` inside the app's (empty) root element, and the page's language as the paint's. */
export function withFirstPaint(html: string, paint: string, language: PaintLanguage = 'zh-CN'): string {
  if (!/<div id="root"><\/div>/.test(html)) return html;
  return html
    .replace(/<div id="root"><\/div>/, `<div id="root">${paint}</div>`)
    .replace(/<html([^>]*)\slang="[^"]*"/i, `<html$1 lang="${language}"`);
}
