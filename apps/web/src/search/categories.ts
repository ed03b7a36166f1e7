import type { ListingKind } from '../listings/types';

/** Each kind's categories (the API's taxonomy, libs/listings/src/domain/taxonomy.ts): stable slug, Chinese and English names. */
export interface Category {
  slug: string;
  zh: string;
  en: string;
}

export const CATEGORIES: Record<ListingKind, Category[]> = {
  capacity: [
    { slug: 'machining', zh: '机械加工', en: 'CNC machining' },
    { slug: 'injection-moulding', zh: '注塑成型', en: 'Injection moulding' },
    { slug: 'sheet-metal-stamping', zh: '钣金冲压', en: 'Sheet metal and stamping' },
    { slug: 'die-casting', zh: '压铸', en: 'Die casting' },
    { slug: 'electronics-assembly', zh: '电子组装', en: 'Electronics assembly (SMT/PCBA)' },
    { slug: '3d-printing', zh: '3D打印', en: '3D printing' },
    { slug: 'heat-treatment', zh: '热处理', en: 'Heat treatment' },
    { slug: 'surface-finishing', zh: '表面处理', en: 'Surface finishing' },
    { slug: 'laser-processing', zh: '激光加工', en: 'Laser processing' },
    { slug: 'welding', zh: '焊接', en: 'Welding' },
    { slug: 'mould-making', zh: '模具制造', en: 'Mould and die making' },
    { slug: 'forging', zh: '锻造', en: 'Forging' },
    { slug: 'casting', zh: '铸造', en: 'Casting' },
    { slug: 'composites-moulding', zh: '复合材料成型', en: 'Composite moulding' },
    { slug: 'powder-metallurgy', zh: '粉末冶金', en: 'Powder metallurgy and MIM' },
    { slug: 'extrusion', zh: '挤出成型', en: 'Extrusion' },
    { slug: 'rubber-moulding', zh: '橡胶成型', en: 'Rubber and silicone moulding' },
    { slug: 'blow-moulding', zh: '吹塑成型', en: 'Blow moulding' },
    { slug: 'wire-harness', zh: '线束加工', en: 'Wire harness and cable assembly' },
    { slug: 'mechanical-assembly', zh: '机电装配', en: 'Mechanical and electromechanical assembly' },
    { slug: 'packaging-printing', zh: '包装印刷', en: 'Packaging and printing' },
    { slug: 'chemical-toll-manufacturing', zh: '化工代工', en: 'Chemical toll manufacturing' },
  ],
  equipment: [
    { slug: 'electron-microscopy', zh: '电子显微', en: 'Electron microscopy (SEM/TEM)' },
    { slug: 'x-ray-analysis', zh: 'X射线分析', en: 'X-ray analysis (XRD/XRF)' },
    { slug: 'dimensional-metrology', zh: '尺寸计量', en: 'Dimensional metrology' },
    { slug: 'environmental-reliability', zh: '环境可靠性', en: 'Environmental and reliability testing' },
    { slug: 'emc', zh: '电磁兼容', en: 'Electromagnetic compatibility (EMC)' },
    { slug: 'chromatography-mass-spectrometry', zh: '色谱质谱', en: 'Chromatography and mass spectrometry' },
    { slug: 'magnetic-resonance', zh: '波谱分析', en: 'Magnetic resonance spectroscopy (NMR/EPR)' },
    { slug: 'particle-size-surface-area', zh: '粒度与表面', en: 'Particle size and surface area' },
    { slug: 'mechanical-testing', zh: '力学性能', en: 'Mechanical testing' },
    { slug: 'non-destructive-testing', zh: '无损检测', en: 'Non-destructive testing (NDT)' },
    { slug: 'elemental-analysis', zh: '元素分析', en: 'Elemental analysis (ICP/OES)' },
    { slug: 'optical-spectroscopy', zh: '光谱分析', en: 'Optical spectroscopy (FTIR/Raman/UV-Vis)' },
    { slug: 'thermal-analysis', zh: '热分析', en: 'Thermal analysis (DSC/TGA)' },
    { slug: 'surface-topography', zh: '表面形貌', en: 'Surface topography (AFM/profilometry)' },
    { slug: 'computing', zh: '算力', en: 'Computing power (GPU/HPC)' },
    { slug: 'materials-characterisation', zh: '材料表征', en: 'Materials characterisation' },
    { slug: 'electrochemistry', zh: '电化学', en: 'Electrochemistry' },
    { slug: 'semiconductor-testing', zh: '半导体测试', en: 'Semiconductor and electrical testing' },
    { slug: 'micro-nano-fabrication', zh: '微纳加工', en: 'Micro- and nanofabrication (cleanroom)' },
    { slug: 'life-science', zh: '生命科学', en: 'Life-science instruments' },
    { slug: 'optical-testing', zh: '光学测试', en: 'Optical and photometric testing' },
    { slug: 'acoustic-testing', zh: '声学测试', en: 'Acoustic testing' },
    { slug: 'fire-testing', zh: '燃烧性能', en: 'Fire and flammability testing' },
    { slug: 'pilot-plant', zh: '中试平台', en: 'Pilot plant' },
  ],
  ip: [
    { slug: 'new-energy-batteries', zh: '新能源电池', en: 'New-energy batteries' },
    { slug: 'semiconductor-packaging', zh: '半导体封装', en: 'Semiconductor packaging' },
    { slug: 'industrial-robotics', zh: '工业机器人', en: 'Industrial robotics' },
    { slug: 'biopharma', zh: '生物医药', en: 'Biopharmaceuticals' },
    { slug: 'advanced-materials', zh: '新材料', en: 'Advanced materials' },
    { slug: 'smart-manufacturing-software', zh: '智能制造软件', en: 'Smart manufacturing software' },
    { slug: 'automotive-parts', zh: '汽车零部件', en: 'Automotive parts' },
    { slug: 'environmental-water-treatment', zh: '环保水处理', en: 'Environmental protection and water treatment' },
    { slug: 'photovoltaics', zh: '光伏', en: 'Photovoltaics' },
    { slug: '5g-communications', zh: '5G通信', en: '5G communications' },
    { slug: 'food-processing', zh: '食品加工', en: 'Food processing' },
    { slug: 'medical-devices', zh: '医疗器械', en: 'Medical devices' },
    { slug: 'ic-design', zh: '集成电路设计', en: 'Integrated circuit design' },
    { slug: 'artificial-intelligence', zh: '人工智能', en: 'Artificial intelligence' },
    { slug: 'hydrogen-fuel-cells', zh: '氢能与燃料电池', en: 'Hydrogen and fuel cells' },
    { slug: 'high-end-equipment', zh: '高端装备', en: 'High-end equipment and machine tools' },
    { slug: 'fine-chemicals', zh: '精细化工', en: 'Fine chemicals' },
    { slug: 'aerospace', zh: '航空航天', en: 'Aerospace' },
    { slug: 'agritech', zh: '农业技术', en: 'Agricultural technology' },
    { slug: 'green-building', zh: '绿色建筑', en: 'Green building' },
  ],
};

export function categoryName(kind: ListingKind, zhName: string, language: 'zh-CN' | 'en'): string {
  if (language === 'zh-CN') return zhName;
  return CATEGORIES[kind].find((c) => c.zh === zhName)?.en ?? zhName;
}
