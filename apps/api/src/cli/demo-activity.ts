import { Readable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import {
  ActOnDealUseCase,
  CreateBookingUseCase,
  CreateLicenceRequestUseCase,
  CreateReservationUseCase,
  GetAvailabilityUseCase,
  ListDealsUseCase,
} from '@rongtong/deals';
import {
  type Actor,
  DecideParkMembershipUseCase,
  GetOrganizationUseCase,
  ListVerificationDocumentsUseCase,
  OrganizationDirectory,
  RegisterEnterpriseUseCase,
  RequestParkMembershipUseCase,
  UpdateOrganizationUseCase,
  UploadVerificationDocumentUseCase,
} from '@rongtong/identity';
import { todayInChina } from '@rongtong/kernel';
import {
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  GetListingUseCase,
  UpdateListingUseCase,
} from '@rongtong/listings';
import {
  AcceptNdaUseCase,
  CreateRfqUseCase,
  ListQuotesUseCase,
  ListRfqsUseCase,
  SubmitQuoteUseCase,
  UploadRfqAttachmentUseCase,
} from '@rongtong/sourcing';

/**
 * What makes the demo look used, on top of the corpus (demo-seed.ts): industry codes and
 * sizes of the demo enterprises, open RFQs with quotes in, work for 苏州工业园区's operator
 * (an enterprise awaiting verification, a membership request, a listing and an edit to
 * review) and deals between demo enterprises. All through the use cases, each keyed by a
 * name, a title or an external reference so that a second run changes nothing.
 */

const DAY = 86_400_000;

/**
 * GB/T 4754-2017 section and division (among those libs/identity seeds: aerospace C37 is
 * not, so 沪鼎's aerospace parts machining is C34), with a size (employees, annual revenue in yuan), by credit code. */
const PROFILES: Record<string, { section: string; division: string; employees?: number; revenueYuan?: number }> = {
  '913205949542555067': { section: 'C', division: 'C34', employees: 180, revenueYuan: 90_000_000 }, // 澄锐精密制造
  '91310115538058036F': { section: 'C', division: 'C34', employees: 1_600, revenueYuan: 1_200_000_000 }, // 沪鼎航空零部件
  '91510100291052416D': { section: 'C', division: 'C33' }, // 蜀航精密锻造
  '91440300144097497Q': { section: 'C', division: 'C33' }, // 锐铠精密五金
  '91320505563094549Q': { section: 'C', division: 'C29' }, // 铂川模塑
  '91350200953876802K': { section: 'C', division: 'C35' }, // 沧屿精工模具
  '914201000742246056': { section: 'C', division: 'C36', employees: 2_300, revenueYuan: 2_600_000_000 }, // 江晟汽车零部件
  '91370200269529409R': { section: 'C', division: 'C33' }, // 海岱铸造
  '91440101622490809G': { section: 'C', division: 'C36', employees: 3_800, revenueYuan: 4_500_000_000 }, // 穗拓汽车零部件
  '91420100909817290D': { section: 'C', division: 'C34' }, // 楚光激光装备
  '91370200756136645Q': { section: 'C', division: 'C35' }, // 蓝湾食品机械
  '914403003558608272': { section: 'C', division: 'C39' }, // 迅湾智造电子
  '91320594912103504L': { section: 'C', division: 'C39', employees: 1_100, revenueYuan: 850_000_000 }, // 恒湾电子
  '12420100008406435H': { section: 'M', division: 'M73' }, // 东湖讯联通信技术研究院
  '91350200030159258G': { section: 'C', division: 'C38' }, // 鹭晶光电
  '91320200558940915Q': { section: 'C', division: 'C34' }, // 锐熔激光成形
  '913301000532352681': { section: 'C', division: 'C34' }, // 钱溪智能装备
  '91110108368214488Q': { section: 'M', division: 'M73' }, // 燕科新材料研究院
  '91320200442787795F': { section: 'C', division: 'C33' }, // 锡澄表面处理
  '91320594349106545Y': { section: 'M', division: 'M74' }, // 纳析材料检测
  '91320200102086044U': { section: 'M', division: 'M74' }, // 芯测半导体检测
  '91310115501992044K': { section: 'M', division: 'M74' }, // 谱衡分析测试
  '913205056338260641': { section: 'M', division: 'M74' }, // 启衡计量检测
  '91440300921355770G': { section: 'C', division: 'C38', employees: 2_900, revenueYuan: 3_100_000_000 }, // 澜锂新能源
  '91510100857554539T': { section: 'M', division: 'M74' }, // 锦测环境可靠性
  '91330100915956414X': { section: 'M', division: 'M75' }, // 澈源环保 (its water-treatment technology for licence)
  '9144010175165614XP': { section: 'M', division: 'M73' }, // 粤禾生物医药研究院
  '91110108326653677D': { section: 'I', division: 'I65' }, // 清衡算力
  '9144030060143279XK': { section: 'I', division: 'I65' }, // 算驰云计算
  '91310115058651674P': { section: 'C', division: 'C39' }, // 澜芯微电子封装
  '91320594344663799J': { section: 'C', division: 'C27' }, // 澍禾生物
  '913301009069784430': { section: 'I', division: 'I65' }, // 云岫智能制造软件
  '91320594MA1N2K5B77': { section: 'C', division: 'C34', employees: 45, revenueYuan: 18_000_000 }, // the SME
};

/** Open RFQs from the larger demo enterprises (buyer by credit code; quotes by credit code). */
const RFQS = [
  {
    buyer: '91310115538058036F',
    title: 'TC4 钛合金支架 五轴CNC加工（年度框架）',
    description:
      '商业航天项目用TC4钛合金安装支架，五轴联动加工，关键尺寸公差±0.01 mm，需提供首件全尺寸检测报告与材料炉批号追溯。年用量约1200件，分季度交付。图纸签署保密协议后下载。',
    category: '机械加工',
    process: '五轴CNC加工',
    materials: ['钛合金TC4'],
    quantity: 1200,
    unit: '件',
    certifications: ['ISO 9001'],
    deadlineDays: 21,
    deliveryDays: 75,
    region: '310115',
    visibility: 'public',
    ndaText:
      '供方对采购方提供的图纸、技术要求及报价信息负有保密义务，未经书面同意不得向第三方披露或用于本项目以外的用途。',
    drawing: 'TC4支架图纸.pdf',
    quotes: [
      { supplier: '913205949542555067', unitPriceFen: 86_000, leadTimeDays: 35, notes: '含首件三坐标检测报告。' },
      { supplier: '91510100291052416D', unitPriceFen: 92_000, leadTimeDays: 40, notes: null },
    ],
  },
  {
    buyer: '91440101622490809G',
    title: '新能源车门内板 冷冲压件 小批量试制',
    description:
      '新能源车型车门内板试制件，材料DC04冷轧板，厚度0.8 mm，需按我方提供的数模制作简易模具并冲压，附尺寸检测报告。',
    category: '钣金冲压',
    process: '冷冲压',
    materials: ['DC04'],
    quantity: 300,
    unit: '件',
    certifications: ['IATF 16949'],
    deadlineDays: 14,
    deliveryDays: 60,
    region: '440101',
    visibility: 'public',
    quotes: [{ supplier: '91440300144097497Q', unitPriceFen: 4_800, leadTimeDays: 28, notes: '简易模具费另计。' }],
  },
  {
    buyer: '91320594912103504L',
    title: '铝合金散热壳体 CNC精加工与阳极氧化',
    description:
      '车载控制器用6061-T6铝合金散热壳体，CNC精加工后黑色阳极氧化，平面度0.05 mm，首批2000件，之后按月5000件。园区内企业优先，便于现场沟通。',
    category: '机械加工',
    process: 'CNC加工',
    materials: ['铝合金6061'],
    quantity: 2000,
    unit: '件',
    certifications: ['ISO 9001'],
    deadlineDays: 18,
    deliveryDays: 50,
    region: '320594',
    visibility: 'park_members',
    quotes: [],
  },
  {
    buyer: '91440300921355770G',
    title: '储能电池模组 铝合金压铸端板',
    description: '储能电池模组端板，ADC12压铸，需去毛刺与局部CNC加工，提供X射线探伤抽检报告，年需求约4万件。',
    category: '压铸',
    process: '压铸',
    materials: ['ADC12'],
    quantity: 40_000,
    unit: '件',
    certifications: ['ISO 9001'],
    deadlineDays: 28,
    deliveryDays: 90,
    region: '440300',
    visibility: 'public',
    quotes: [],
  },
] as const;

/** 苏州工业园区's newcomers: one awaiting verification (licence uploaded), one asking to join. */
const NEWCOMERS = [
  {
    name: '苏州澄湖智能装备有限公司',
    body: '57210438',
    email: 'newcomer.chenghu@demo.rongtong.local',
    admitted: true,
  },
  {
    name: '苏州金鸡湖新材料科技有限公司',
    body: '61824973',
    email: 'newcomer.jinjihu@demo.rongtong.local',
    admitted: false,
  },
] as const;

/** A valid credit code (GB 32100, with its GB 11714 organization code) of Suzhou Industrial Park. */
function suzhouUscc(body: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const orgValue = 11 - ([...body].reduce((s, c, i) => s + Number(c) * weights[i], 0) % 11);
  const first17 = `91320594${body}${orgValue === 10 ? 'X' : orgValue === 11 ? '0' : String(orgValue)}`;
  const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * (3 ** i % 31), 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

/** A one-page PDF (uploads are judged by their content). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function chinaDay(now: Date, days: number): string {
  return todayInChina(new Date(now.getTime() + days * DAY));
}

export interface DemoParty {
  organizationId: string;
  actor: Actor;
}

export interface DemoActivityContext {
  /** Each demo enterprise (providers and the SME) by credit code. */
  parties: Map<string, DemoParty>;
  /** A listing id by its corpus ref. */
  listingIdOf: (ref: string) => string;
  /** 苏州工业园区: id and operator. */
  suzhou: { id: string; operator: Actor };
  actorByEmail: (email: string) => Promise<Actor>;
  password: string;
}

export interface DemoActivityResult {
  rfqs: number;
  quotes: number;
  deals: number;
  /** Sign-in emails of 苏州工业园区's newcomers. */
  newcomers: string[];
}

export async function seedDemoActivity(
  app: INestApplicationContext,
  context: DemoActivityContext,
): Promise<DemoActivityResult> {
  const use = <T>(type: new (...args: never[]) => T): T => app.get(type, { strict: false });
  const { parties, listingIdOf, suzhou } = context;
  const party = (uscc: string): DemoParty => {
    const found = parties.get(uscc);
    if (!found) throw new Error(`No demo enterprise ${uscc}`);
    return found;
  };
  const now = new Date();

  // Industry (GB/T 4754) and size of each demo enterprise.
  for (const [uscc, profile] of Object.entries(PROFILES)) {
    const { organizationId, actor } = party(uscc);
    const current = (await use(GetOrganizationUseCase).execute(organizationId, actor)) as {
      industryDivision?: string | null;
      employees?: number | null;
    };
    if (current.industryDivision === profile.division && (profile.employees ?? null) === (current.employees ?? null))
      continue;
    await use(UpdateOrganizationUseCase).execute(actor, organizationId, {
      industrySection: profile.section,
      industryDivision: profile.division,
      ...(profile.employees ? { employees: profile.employees, annualRevenueFen: profile.revenueYuan! * 100 } : {}),
    });
  }

  // Open RFQs, some with quotes in.
  let quotes = 0;
  for (const rfq of RFQS) {
    const buyer = party(rfq.buyer);
    const mine = await use(ListRfqsUseCase).execute(buyer.actor, { role: 'buyer', q: rfq.title, page: 1, limit: 20 });
    let id = (mine.items as Array<{ id: string; title: string }>).find((r) => r.title === rfq.title)?.id;
    if (!id) {
      const created = await use(CreateRfqUseCase).execute(buyer.actor, {
        organizationId: buyer.organizationId,
        title: rfq.title,
        description: rfq.description,
        category: rfq.category,
        process: rfq.process,
        materials: [...rfq.materials],
        quantity: rfq.quantity,
        unit: rfq.unit,
        deliveryDate: chinaDay(now, rfq.deliveryDays),
        deliveryRegionCode: rfq.region,
        certifications: [...rfq.certifications],
        quoteDeadline: `${chinaDay(now, rfq.deadlineDays)}T18:00:00+08:00`,
        visibility: rfq.visibility,
        ndaText: 'ndaText' in rfq ? rfq.ndaText : null,
      });
      id = created.id;
      if ('drawing' in rfq) {
        await use(UploadRfqAttachmentUseCase).execute(buyer.actor, id, {
          fileName: rfq.drawing,
          content: Readable.from(tinyPdf()),
        });
      }
    }
    for (const q of rfq.quotes) {
      const supplier = party(q.supplier);
      const { items: theirs } = await use(ListQuotesUseCase).execute(supplier.actor, id);
      if (theirs.some((x) => x.organizationId === supplier.organizationId && x.status !== 'withdrawn')) continue;
      if ('ndaText' in rfq) await use(AcceptNdaUseCase).execute(supplier.actor, id, supplier.organizationId);
      await use(SubmitQuoteUseCase).execute(supplier.actor, id, {
        organizationId: supplier.organizationId,
        priceBreaks: [{ minQuantity: 1, unitPriceFen: q.unitPriceFen }],
        leadTimeDays: q.leadTimeDays,
        validUntil: chinaDay(now, rfq.deadlineDays + 30),
        notes: q.notes,
      });
      quotes += 1;
    }
  }

  // 苏州工业园区: newcomers (one admitted and awaiting verification, one asking to join).
  for (const newcomer of NEWCOMERS) {
    const uscc = suzhouUscc(newcomer.body);
    let organizationId = await use(OrganizationDirectory).organizationIdByUscc(uscc);
    if (!organizationId) {
      const registered = await use(RegisterEnterpriseUseCase).execute(
        {
          organization: { name: newcomer.name, uscc },
          user: { email: newcomer.email, password: context.password, displayName: newcomer.name },
        },
        { emailVerified: true },
      );
      organizationId = registered.organization.id;
    }
    const owner = await context.actorByEmail(newcomer.email);
    await use(RequestParkMembershipUseCase)
      .execute(owner, suzhou.id, organizationId)
      .catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'PARK_MEMBERSHIP_CONFLICT') throw error;
      });
    if (newcomer.admitted) {
      const facts = (await use(OrganizationDirectory).facts(organizationId))!;
      if (!facts.parkIds.includes(suzhou.id))
        await use(DecideParkMembershipUseCase).execute(suzhou.operator, suzhou.id, organizationId, {
          action: 'approve',
        });
      const member = await context.actorByEmail(newcomer.email);
      const documents = (await use(ListVerificationDocumentsUseCase).execute(member, organizationId)) as unknown[];
      if (documents.length === 0) {
        await use(UploadVerificationDocumentUseCase).execute(member, organizationId, {
          kind: 'business_licence',
          file: { filename: '营业执照.pdf', content: Readable.from(tinyPdf()) },
        });
      }
    }
  }

  // 苏州工业园区's moderation queue: a new listing submitted, and an edit of a live one.
  {
    const { organizationId, actor } = party('91320594912103504L'); // 苏州恒湾电子科技
    const ref = 'DEMO-PENDING-1';
    let listing = await use(GetListingUseCase).byExternalRef(actor, organizationId, ref);
    if (!listing) {
      listing = await use(CreateListingUseCase).execute(actor, {
        kind: 'capacity',
        title: '新能源汽车BMS主板 SMT贴片与三防漆涂覆',
        description:
          '园区新建第五条SMT产线，专做电池管理系统（BMS）主板贴片、选择性波峰焊与三防漆自动涂覆，配备3D SPI与AOI，可按IATF 16949要求提供全过程追溯数据。',
        tags: ['BMS', 'SMT', '三防漆', '汽车电子'],
        category: '电子组装',
        regionCode: '320594',
        priceFen: null,
        priceUnit: null,
        details: {
          process: 'SMT贴片/PCBA',
          materials: ['FR-4', '高TG板材'],
          capacity: { quantity: 60_000, unit: 'piece', per: 'month' },
          maxPartSizeMm: [400, 300, 5],
          toleranceMm: null,
          certifications: ['IATF 16949', 'ISO 9001'],
          minOrder: { quantity: 500, unit: 'piece' },
          leadTimeDays: 12,
        },
        organizationId,
        externalRef: ref,
      });
    }
    if (listing.status === 'draft') await use(ChangeListingStatusUseCase).execute(actor, listing.id, 'submit');
  }
  {
    const { actor } = party('91320505563094549Q'); // 苏州铂川模塑科技, its C006
    const live = await use(GetListingUseCase).execute(actor, listingIdOf('C006'));
    if (!(live as { pendingRevision?: unknown }).pendingRevision) {
      await use(UpdateListingUseCase).execute(actor, live.id, live.version, {
        title: '模具钢五轴高速铣 型芯型腔精加工（新增镜面加工）',
        description:
          '针对S136、H13、NAK80等模具钢提供五轴高速铣削，适用于注塑模、压铸模型芯型腔及石墨电极加工；新增镜面铣削，表面粗糙度可达Ra0.2，可配合电火花完成清角。',
        priceFen: 32_000,
      });
    }
  }

  // Deals between demo enterprises: bookings, a capacity reservation, licences.
  let deals = 0;
  const dealOf = async (requester: DemoParty, listingId: string) => {
    const found = await use(ListDealsUseCase).execute(requester.actor, {
      role: 'requester',
      listingId,
      page: 1,
      limit: 1,
    });
    return found.items[0] as { id: string; state: string } | undefined;
  };
  const step = async (who: Actor, deal: { id: string; state: string }, from: string, action: string) => {
    if (deal.state !== from) return deal;
    return (await use(ActOnDealUseCase).execute(who, deal.id, action as never)) as { id: string; state: string };
  };

  // The use cases date a deal now and complete a booking or reservation only once it has
  // begun: the seed's deals are confirmed for the coming weeks (none completed, none back-dated).
  const bookings = [
    { requester: '91310115538058036F', ref: 'E001', afterDays: 9 }, // 沪鼎 → 纳析 SEM
    { requester: '91510100291052416D', ref: 'E007', afterDays: 12 }, // 蜀航 → 纳析 TEM
    { requester: '91320594MA1N2K5B77', ref: 'E005', afterDays: 15 }, // the SME → 启衡 SEM
  ];
  for (const booking of bookings) {
    const requester = party(booking.requester);
    const listingId = listingIdOf(booking.ref);
    let deal = await dealOf(requester, listingId);
    if (!deal) {
      const availability = await use(GetAvailabilityUseCase).execute(undefined, listingId, {
        from: new Date(now.getTime() + booking.afterDays * DAY).toISOString(),
      });
      const minutes = Math.max(availability.minMinutes, availability.slotMinutes, 120);
      const mode = availability.serviceModes.find((m) => m !== 'sample_testing');
      const slot = availability.free.find((f) => Date.parse(f.end) - Date.parse(f.start) >= minutes * 60_000);
      if (!mode || !slot) throw new Error(`No slot to book on demo listing ${booking.ref}`);
      const start = Date.parse(slot.start);
      deal = await use(CreateBookingUseCase).execute(
        requester.actor,
        {
          listingId,
          organizationId: requester.organizationId,
          serviceMode: mode,
          start: new Date(start).toISOString(),
          end: new Date(start + minutes * 60_000).toISOString(),
          note: '演示数据：样品已准备好，请提前一天确认。',
        },
        null,
      );
      deals += 1;
    }
    const provider = await providerOf(listingId);
    await step(provider, deal, 'requested', 'accept');
  }

  async function providerOf(listingId: string): Promise<Actor> {
    const listing = await use(GetListingUseCase).execute(undefined, listingId);
    const owner = [...parties.values()].find((p) => p.organizationId === listing.ownerOrganizationId);
    if (!owner) throw new Error(`No demo owner of ${listingId}`);
    return owner.actor;
  }

  // A reservation of 苏州恒湾电子's PCBA capacity by 广州穗拓, accepted.
  {
    const requester = party('91440101622490809G');
    const listingId = listingIdOf('C036');
    let deal = await dealOf(requester, listingId);
    if (!deal) {
      deal = await use(CreateReservationUseCase).execute(
        requester.actor,
        {
          listingId,
          organizationId: requester.organizationId,
          quantity: 20_000,
          from: chinaDay(now, 40),
          to: chinaDay(now, 100),
          note: '演示数据：车灯驱动板，每月两万片。',
        },
        null,
      );
      deals += 1;
    }
    await step(await providerOf(listingId), deal, 'requested', 'accept');
  }

  // Licences of 苏州澍禾生物's patents: one under its open licence, one negotiated and accepted.
  const licences = [
    { requester: '9144010175165614XP', ref: 'P028', fieldOfUse: '单克隆抗体药物生产', upfrontYuan: 60_000 },
    { requester: '91440300921355770G', ref: 'P027', fieldOfUse: '体外诊断试剂生产', upfrontYuan: 200_000 },
  ];
  for (const licence of licences) {
    const requester = party(licence.requester);
    const listingId = listingIdOf(licence.ref);
    let deal = await dealOf(requester, listingId);
    if (!deal) {
      const listing = await use(GetListingUseCase).execute(undefined, listingId);
      const types = (listing.details as { transactionTypes?: string[] }).transactionTypes ?? [];
      deal = await use(CreateLicenceRequestUseCase).execute(
        requester.actor,
        {
          listingId,
          organizationId: requester.organizationId,
          licenceType: types.includes('ordinary_licence') ? 'ordinary_licence' : types[0],
          territory: 'CN',
          fieldOfUse: licence.fieldOfUse,
          termMonths: 36,
          upfrontFeeFen: licence.upfrontYuan * 100,
          royaltyPercent: 3,
        },
        null,
      );
      deals += 1;
    }
    await step(await providerOf(listingId), deal, 'requested', 'accept');
  }

  return { rfqs: RFQS.length, quotes, deals, newcomers: NEWCOMERS.map((n) => n.email) };
}
