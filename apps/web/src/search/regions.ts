import { useQuery } from '@tanstack/react-query';
import { api, body } from '../api/client';
import type { components } from '../api/schema';

/**
 * China's provinces, cities and counties (GB/T 2260) for cascaders and place names, from
 * the API's GET /regions (the 2023 statistical division codes the server validates
 * against). Loaded once when first needed and kept: the tree is not part of the bundle.
 */
export interface Region {
  /** The prefix: 2 digits for a province, 4 for a city, 6 for a county. */
  code: string;
  zh: string;
  en: string;
  cities?: Region[];
}

type RegionNode = components['schemas']['RegionNodeDto'];
type RegionTree = components['schemas']['RegionTreeDto'];

/** `320000` → `32`, `320500` → `3205`, `320505` as it is. */
const prefixOf = (code: string) => code.replace(/^(\d{2})0000$/, '$1').replace(/^(\d{4})00$/, '$1');

function fromNodes(nodes: RegionNode[]): Region[] {
  return nodes.map((n) => ({
    code: prefixOf(n.code),
    zh: n.name,
    en: n.nameEn,
    ...(n.children?.length ? { cities: fromNodes(n.children) } : {}),
  }));
}

/** The tree, once loaded (undefined while loading or when the server cannot be reached). */
export function useRegions(): Region[] | undefined {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async ({ signal }) =>
      fromNodes((await body<RegionTree>(api.GET('/api/v1/regions', { signal }))).provinces),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  }).data;
}

/** The province, city and county a code (2, 4 or 6 digits) lies in, as far as the tree knows it. */
export function regionPath(regions: Region[] | undefined, code: string | null | undefined): Region[] {
  const path: Region[] = [];
  let level = regions;
  for (const length of [2, 4, 6]) {
    if (!code || code.length < length) break;
    const found = level?.find((r) => r.code === code.slice(0, length));
    if (!found) break;
    // A municipality's city (北京市 under 北京市) is named once.
    if (path[path.length - 1]?.zh !== found.zh) path.push(found);
    level = found.cities;
  }
  return path;
}

/** The place a region code falls in, as precisely as the tree knows it. */
export function regionName(
  regions: Region[] | undefined,
  code: string | null | undefined,
  language: 'zh-CN' | 'en',
): string | undefined {
  const path = regionPath(regions, code);
  if (path.length === 0) return undefined;
  return language === 'en'
    ? path
        .map((r) => r.en)
        .reverse()
        .join(', ')
    : path.map((r) => r.zh).join(' ');
}

/** `regionName` over the loaded tree, for components. */
export function useRegionName(): (code: string | null | undefined, language: 'zh-CN' | 'en') => string | undefined {
  const regions = useRegions();
  return (code, language) => regionName(regions, code, language);
}

/** Cascader options: province → city (→ county with `counties`). */
export function regionOptions(regions: Region[] | undefined, language: 'zh-CN' | 'en', { counties = false } = {}) {
  type Option = { value: string; label: string; children?: Option[] };
  const options = (list: Region[] | undefined, depth: number): Option[] | undefined =>
    list?.map((r) => ({
      value: r.code,
      label: language === 'en' ? r.en : r.zh,
      ...(r.cities && depth < (counties ? 3 : 2) ? { children: options(r.cities, depth + 1) } : {}),
    }));
  return options(regions, 1) ?? [];
}
