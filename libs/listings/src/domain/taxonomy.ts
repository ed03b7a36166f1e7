import type { ListingKind } from './listing-kind';

/**
 * One category of the seeded taxonomy. `slug` is stable (URLs, facets, stored
 * references); `name` is the Chinese name listings carry in `category`.
 */
export interface Category {
  kind: ListingKind;
  slug: string;
  name: string;
  nameEn: string;
}

type Seed = readonly [slug: string, name: string, nameEn: string];

// Every category the demo corpus (data/demo/corpus.jsonl) uses comes first, spelled
// exactly as there; the rest are what a real marketplace of the kind also meets.
const SEEDS: Record<ListingKind, readonly Seed[]> = {
  // Production processes.
  capacity: [
    ['machining', '机械加工', 'CNC machining'],
    ['injection-moulding', '注塑成型', 'Injection moulding'],
    ['sheet-metal-stamping', '钣金冲压', 'Sheet metal and stamping'],
    ['die-casting', '压铸', 'Die casting'],
    ['electronics-assembly', '电子组装', 'Electronics assembly (SMT/PCBA)'],
    ['3d-printing', '3D打印', '3D printing'],
    ['heat-treatment', '热处理', 'Heat treatment'],
    ['surface-finishing', '表面处理', 'Surface finishing'],
    ['laser-processing', '激光加工', 'Laser processing'],
    ['welding', '焊接', 'Welding'],
    ['mould-making', '模具制造', 'Mould and die making'],
    ['forging', '锻造', 'Forging'],
    ['casting', '铸造', 'Casting'],
    ['composites-moulding', '复合材料成型', 'Composite moulding'],
    ['powder-metallurgy', '粉末冶金', 'Powder metallurgy and MIM'],
    ['extrusion', '挤出成型', 'Extrusion'],
    ['rubber-moulding', '橡胶成型', 'Rubber and silicone moulding'],
    ['blow-moulding', '吹塑成型', 'Blow moulding'],
    ['wire-harness', '线束加工', 'Wire harness and cable assembly'],
    ['mechanical-assembly', '机电装配', 'Mechanical and electromechanical assembly'],
    ['packaging-printing', '包装印刷', 'Packaging and printing'],
    ['chemical-toll-manufacturing', '化工代工', 'Chemical toll manufacturing'],
  ],
  // Instrument categories.
  equipment: [
    ['electron-microscopy', '电子显微', 'Electron microscopy (SEM/TEM)'],
    ['x-ray-analysis', 'X射线分析', 'X-ray analysis (XRD/XRF)'],
    ['dimensional-metrology', '尺寸计量', 'Dimensional metrology'],
    ['environmental-reliability', '环境可靠性', 'Environmental and reliability testing'],
    ['emc', '电磁兼容', 'Electromagnetic compatibility (EMC)'],
    ['chromatography-mass-spectrometry', '色谱质谱', 'Chromatography and mass spectrometry'],
    ['magnetic-resonance', '波谱分析', 'Magnetic resonance spectroscopy (NMR/EPR)'],
    ['particle-size-surface-area', '粒度与表面', 'Particle size and surface area'],
    ['mechanical-testing', '力学性能', 'Mechanical testing'],
    ['non-destructive-testing', '无损检测', 'Non-destructive testing (NDT)'],
    ['elemental-analysis', '元素分析', 'Elemental analysis (ICP/OES)'],
    ['optical-spectroscopy', '光谱分析', 'Optical spectroscopy (FTIR/Raman/UV-Vis)'],
    ['thermal-analysis', '热分析', 'Thermal analysis (DSC/TGA)'],
    ['surface-topography', '表面形貌', 'Surface topography (AFM/profilometry)'],
    ['computing', '算力', 'Computing power (GPU/HPC)'],
    ['materials-characterisation', '材料表征', 'Materials characterisation'],
    ['electrochemistry', '电化学', 'Electrochemistry'],
    ['semiconductor-testing', '半导体测试', 'Semiconductor and electrical testing'],
    ['micro-nano-fabrication', '微纳加工', 'Micro- and nanofabrication (cleanroom)'],
    ['life-science', '生命科学', 'Life-science instruments'],
    ['optical-testing', '光学测试', 'Optical and photometric testing'],
    ['acoustic-testing', '声学测试', 'Acoustic testing'],
    ['fire-testing', '燃烧性能', 'Fire and flammability testing'],
    ['pilot-plant', '中试平台', 'Pilot plant'],
  ],
  // Technology fields.
  ip: [
    ['new-energy-batteries', '新能源电池', 'New-energy batteries'],
    ['semiconductor-packaging', '半导体封装', 'Semiconductor packaging'],
    ['industrial-robotics', '工业机器人', 'Industrial robotics'],
    ['biopharma', '生物医药', 'Biopharmaceuticals'],
    ['advanced-materials', '新材料', 'Advanced materials'],
    ['smart-manufacturing-software', '智能制造软件', 'Smart manufacturing software'],
    ['automotive-parts', '汽车零部件', 'Automotive parts'],
    ['environmental-water-treatment', '环保水处理', 'Environmental protection and water treatment'],
    ['photovoltaics', '光伏', 'Photovoltaics'],
    ['5g-communications', '5G通信', '5G communications'],
    ['food-processing', '食品加工', 'Food processing'],
    ['medical-devices', '医疗器械', 'Medical devices'],
    ['ic-design', '集成电路设计', 'Integrated circuit design'],
    ['artificial-intelligence', '人工智能', 'Artificial intelligence'],
    ['hydrogen-fuel-cells', '氢能与燃料电池', 'Hydrogen and fuel cells'],
    ['high-end-equipment', '高端装备', 'High-end equipment and machine tools'],
    ['fine-chemicals', '精细化工', 'Fine chemicals'],
    ['aerospace', '航空航天', 'Aerospace'],
    ['agritech', '农业技术', 'Agricultural technology'],
    ['green-building', '绿色建筑', 'Green building'],
  ],
};

export const TAXONOMY: Readonly<Record<ListingKind, readonly Category[]>> = {
  capacity: build('capacity'),
  equipment: build('equipment'),
  ip: build('ip'),
};

function build(kind: ListingKind): readonly Category[] {
  return SEEDS[kind].map(([slug, name, nameEn]) => Object.freeze({ kind, slug, name, nameEn }));
}

/**
 * The kind's category with this Chinese name, slug or English name. Full-width input
 * (`３Ｄ打印`), surrounding spaces and letter case (`x射线分析`) are forgiven.
 */
export function findCategory(kind: ListingKind, nameOrSlug: string): Category | undefined {
  const wanted = nameOrSlug.normalize('NFKC').trim().toLowerCase();
  return TAXONOMY[kind].find((c) => [c.name, c.slug, c.nameEn].some((n) => n.toLowerCase() === wanted));
}

// Quality and industry certifications as providers write them. Matching a demand's
// "IATF16949" against a listing's "IATF 16949" needs one spelling.
const CERTIFICATIONS = [
  'ISO 9001',
  'ISO 14001',
  'ISO 45001',
  'ISO 13485',
  'IATF 16949',
  'AS9100D',
  'GJB 9001C',
  'NADCAP',
  'ISO 3834',
  'PED',
  'IPC-A-610 Class 3',
  'ISO/IEC 17025',
] as const;

const CERTIFICATION_BY_KEY = new Map<string, string>(CERTIFICATIONS.map((c) => [certificationKey(c), c]));

/** The usual spelling of a known certification; others come back trimmed, spaces collapsed. */
export function canonicalCertification(name: string): string {
  const tidy = name.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return CERTIFICATION_BY_KEY.get(certificationKey(tidy)) ?? tidy;
}

function certificationKey(name: string): string {
  return name.toUpperCase().replace(/[\s\-_/]/g, '');
}
