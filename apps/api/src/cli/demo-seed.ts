import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import {
  AcceptInvitationUseCase,
  type Actor,
  CreateParkUseCase,
  DecideParkMembershipUseCase,
  DecideVerificationUseCase,
  ListParksUseCase,
  LoadActorUseCase,
  OrganizationDirectory,
  RegisterEnterpriseUseCase,
  RequestParkMembershipUseCase,
} from '@rongtong/identity';
import {
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  GetListingUseCase,
  type ListingKind,
} from '@rongtong/listings';
import { AppConfig } from '@rongtong/platform';
import { type DemoParty, seedDemoActivity } from './demo-activity';

/** Every demo account's password (development only: the seed refuses to run in production). */
export const DEMO_PASSWORD = 'Rongtong-Demo-2026';

/** Parks over the corpus's regions; providers join the park whose region prefix they share. */
const PARKS = [
  {
    name: '苏州工业园区',
    regionCode: '320594',
    prefix: '3205',
    operator: '苏州工业园区管理委员会',
    email: 'operator.suzhou@demo.rongtong.local',
  },
  {
    name: '上海张江科学城',
    regionCode: '310115',
    prefix: '31',
    operator: '上海张江科学城建设管理办公室',
    email: 'operator.shanghai@demo.rongtong.local',
  },
  {
    name: '深圳南山科技园',
    regionCode: '440300',
    prefix: '4403',
    operator: '深圳湾科技发展有限公司',
    email: 'operator.shenzhen@demo.rongtong.local',
  },
  {
    name: '广州开发区',
    regionCode: '440101',
    prefix: '4401',
    operator: '广州开发区管理委员会',
    email: 'operator.guangzhou@demo.rongtong.local',
  },
  {
    name: '杭州未来科技城',
    regionCode: '330100',
    prefix: '3301',
    operator: '杭州未来科技城管理委员会',
    email: 'operator.hangzhou@demo.rongtong.local',
  },
] as const;

const SME = { name: '苏州启明精密零件有限公司', uscc: '91320594MA1N2K5B77', email: 'sme@demo.rongtong.local' };

export interface CorpusListing {
  ref: string;
  kind: ListingKind;
  title: string;
  /** English title and description, when the listing has them. */
  titleEn?: string;
  description: string;
  descriptionEn?: string;
  tags: string[];
  category: string;
  regionCode: string;
  provider: { name: string; uscc: string };
  priceFen: number | null;
  priceUnit: string | null;
  details: Record<string, unknown>;
}

function providerEmail(uscc: string): string {
  return `provider.${uscc.slice(-6).toLowerCase()}@demo.rongtong.local`;
}

export function readCorpus(corpusPath: string): CorpusListing[] {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusListing);
}

export interface SeedResult {
  providers: number;
  parks: number;
  listings: number;
  created: number;
  /** Open RFQs from the demo's larger enterprises, and the quotes and deals added this run. */
  rfqs: number;
  quotes: number;
  deals: number;
  accounts: string[][];
}

/**
 * Loads the demo corpus through the use cases — providers as verified enterprises in
 * parks, their listings published — plus park operators and an SME account. Safe to run
 * again: whatever exists is left as it is.
 */
export async function seedDemo(app: INestApplicationContext, corpus: CorpusListing[]): Promise<SeedResult> {
  const config = app.get(AppConfig);
  if (config.isProduction) throw new Error('The demo seed does not run in production');
  const use = <T>(type: new (...args: never[]) => T): T => app.get(type, { strict: false });
  const directory = use(OrganizationDirectory);
  const actors = use(LoadActorUseCase);
  const actorByEmail = async (email: string): Promise<Actor> => {
    const userId = await directory.userIdByEmail(email);
    if (!userId) throw new Error(`No demo user ${email}`);
    return actors.forTrustedTool(userId);
  };

  {
    const admin = await actorByEmail(app.get(AppConfig).platformAdmin!.email);

    // Parks and their operators.
    const existingParks = await use(ListParksUseCase).list();
    const parks: Array<{ id: string; prefix: string; operator: Actor }> = [];
    for (const park of PARKS) {
      let id = existingParks.find((p) => p.name === park.name)?.id;
      if (!id) {
        const created = await use(CreateParkUseCase).execute(admin, {
          name: park.name,
          regionCode: park.regionCode,
          operator: { name: park.operator, adminEmail: park.email },
        });
        id = created.park.id;
        await use(AcceptInvitationUseCase).execute({
          token: created.invitation!.token,
          password: DEMO_PASSWORD,
          displayName: park.operator,
        });
      }
      parks.push({ id, prefix: park.prefix, operator: await actorByEmail(park.email) });
    }

    // Providers: registered, in their park, verified.
    const moderatorOf = new Map<string, Actor>();
    const ownerOf = new Map<string, { organizationId: string; actor: Actor }>();
    const providers = new Map(corpus.map((l) => [l.provider.uscc, l.provider.name]));
    for (const [uscc, name] of providers) {
      const email = providerEmail(uscc);
      let organizationId = await directory.organizationIdByUscc(uscc);
      if (!organizationId) {
        const registered = await use(RegisterEnterpriseUseCase).execute(
          { organization: { name, uscc }, user: { email, password: DEMO_PASSWORD, displayName: name } },
          { emailVerified: true },
        );
        organizationId = registered.organization.id;
      }
      const owner = await actorByEmail(email);
      const park = parks.find((p) => uscc.slice(2, 8).startsWith(p.prefix));
      const facts = (await directory.facts(organizationId))!;
      if (park && !facts.parkIds.includes(park.id)) {
        await use(RequestParkMembershipUseCase)
          .execute(owner, park.id, organizationId)
          .catch((error: unknown) => {
            if ((error as { code?: string }).code !== 'PARK_MEMBERSHIP_CONFLICT') throw error;
          });
        await use(DecideParkMembershipUseCase).execute(park.operator, park.id, organizationId, { action: 'approve' });
      }
      const moderator = park?.operator ?? admin;
      if (facts.verificationState !== 'verified') {
        await use(DecideVerificationUseCase).execute(moderator, organizationId, { action: 'verify' });
      }
      moderatorOf.set(uscc, moderator);
      ownerOf.set(uscc, { organizationId, actor: await actorByEmail(email) });
    }

    // Listings: created, submitted and approved through the same use cases as the API.
    let created = 0;
    const listingIds = new Map<string, string>();
    for (const item of corpus) {
      const { organizationId, actor } = ownerOf.get(item.provider.uscc)!;
      const moderator = moderatorOf.get(item.provider.uscc)!;
      let listing = await use(GetListingUseCase).byExternalRef(actor, organizationId, item.ref);
      if (!listing) {
        const { kind, title, titleEn, description, descriptionEn, tags, category, regionCode, priceFen, priceUnit } =
          item;
        listing = await use(CreateListingUseCase).execute(actor, {
          kind,
          title,
          ...(titleEn ? { titleEn } : {}),
          description,
          ...(descriptionEn ? { descriptionEn } : {}),
          tags,
          category,
          regionCode,
          priceFen,
          priceUnit,
          details: item.details,
          organizationId,
          externalRef: item.ref,
        });
        created += 1;
      }
      const status = use(ChangeListingStatusUseCase);
      if (listing.status === 'draft' || listing.status === 'rejected')
        listing = await status.execute(actor, listing.id, 'submit');
      if (listing.status === 'pending_review') await status.execute(moderator, listing.id, 'approve');
      listingIds.set(item.ref, listing.id);
    }

    // An SME to try the product with.
    if (!(await directory.userIdByEmail(SME.email))) {
      await use(RegisterEnterpriseUseCase).execute(
        {
          organization: { name: SME.name, uscc: SME.uscc },
          user: { email: SME.email, password: DEMO_PASSWORD, displayName: '演示中小企业' },
        },
        // Demo accounts are ready to trade: no verification email to follow.
        { emailVerified: true },
      );
    }

    // Industry codes, open RFQs with quotes, 苏州工业园区's queues and deals (demo-activity.ts).
    const parties = new Map<string, DemoParty>(ownerOf);
    const smeOrganizationId = (await directory.organizationIdByUscc(SME.uscc))!;
    parties.set(SME.uscc, { organizationId: smeOrganizationId, actor: await actorByEmail(SME.email) });
    const activity = await seedDemoActivity(app, {
      parties,
      listingIdOf: (ref) => {
        const id = listingIds.get(ref);
        if (!id) throw new Error(`No demo listing ${ref}`);
        return id;
      },
      suzhou: { id: parks[0].id, operator: parks[0].operator },
      actorByEmail,
      password: DEMO_PASSWORD,
    });

    const accounts = [
      ['platform admin', config.platformAdmin!.email, config.platformAdmin!.password],
      ['SME (requester)', SME.email, DEMO_PASSWORD],
      ...PARKS.map((p) => [`operator, ${p.name}`, p.email, DEMO_PASSWORD]),
      ['provider (e.g. 苏州澄锐精密制造)', providerEmail(corpus[0].provider.uscc), DEMO_PASSWORD],
      ...activity.newcomers.map((email) => ['newcomer (苏州工业园区)', email, DEMO_PASSWORD]),
    ];
    return {
      providers: providers.size,
      parks: parks.length,
      listings: corpus.length,
      created,
      ...activity,
      accounts,
    };
  }
}
