import { Readable } from 'node:stream';
import type { Actor } from '@rongtong/identity';
import { type AppConfig, ObjectStorage, type UnitOfWork } from '@rongtong/platform';
import { DealNotFoundError, DealOutOfTurnError, type DealState } from '../domain';
import type { DealDocumentRepository, NewDealDocument } from '../persistence/deal-document.repository';
import type { DealRecord, DealRepository } from '../persistence/deal.repository';
import type { DealWorkflow } from '../workflow/deal-workflow';
import { DeliverReportUseCase } from '../use-cases/deliver-report.use-case';
import { UploadDealDocumentUseCase } from '../use-cases/upload-deal-document.use-case';

/** Keeps objects in memory, and counts every byte it was handed. */
class MemoryStorage extends ObjectStorage {
  readonly objects = new Map<string, Buffer>();
  received = 0;

  async put(key: string, content: Readable | Uint8Array): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(content instanceof Uint8Array ? [content] : content)) {
      this.received += (chunk as Buffer).length;
      chunks.push(chunk as Buffer);
    }
    this.objects.set(key, Buffer.concat(chunks));
  }

  async get(key: string): Promise<Readable> {
    return Readable.from([this.objects.get(key)!]);
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }
}

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'.repeat(20), 'latin1');
const ELF = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(200)]);
const REQUESTER = '00000000-0000-4000-8000-00000000000a';
const PROVIDER = '00000000-0000-4000-8000-00000000000b';
const DEAL_ID = '00000000-0000-4000-8000-000000000001';

const memberOf = (organizationId: string, userId = 'u-1') =>
  ({ userId, memberships: [{ organizationId, kind: 'enterprise', role: 'member' }] }) as unknown as Actor;

function setup({
  state = 'samples_received',
  insert = async (_tx: unknown, row: NewDealDocument) => ({ ...row, id: 'doc-1', createdAt: new Date() }),
  step = async (_tx: unknown, deal: DealRecord) => ({ ...deal, state: 'report_delivered' as DealState }),
}: {
  state?: DealState;
  insert?: (tx: unknown, row: NewDealDocument) => Promise<unknown>;
  step?: (tx: unknown, deal: DealRecord, ...rest: unknown[]) => Promise<DealRecord>;
} = {}) {
  const storage = new MemoryStorage();
  const deal = {
    id: DEAL_ID,
    kind: 'sample_test',
    state,
    requesterOrganizationId: REQUESTER,
    providerOrganizationId: PROVIDER,
    terms: {},
  } as unknown as DealRecord;
  const uow = { db: {}, run: (work: (tx: object) => Promise<unknown>) => work({}) } as unknown as UnitOfWork;
  const deals = { findById: async (_db: unknown, id: string) => (id === DEAL_ID ? deal : undefined) } as DealRepository;
  const inserted: NewDealDocument[] = [];
  const documents = {
    insert: async (tx: unknown, row: NewDealDocument) => {
      inserted.push(row);
      return insert(tx, row);
    },
  } as unknown as DealDocumentRepository;
  const steps: unknown[][] = [];
  const workflow = {
    step: async (...args: [unknown, DealRecord, ...unknown[]]) => {
      steps.push(args.slice(2));
      return step(...args);
    },
    extras: async () => ({}),
  } as unknown as DealWorkflow;
  const config = { uploads: { maxBytes: 10_000, maxPhotoBytes: 10_000 } } as AppConfig;
  const report = new DeliverReportUseCase(uow, deals, documents, workflow, storage, config);
  const upload = new UploadDealDocumentUseCase(uow, deals, documents, storage, config);
  const file = (content: Buffer, fileName = '检测报告.pdf') => ({ fileName, content: Readable.from([content]) });
  return { storage, inserted, steps, report, upload, file };
}

describe('DeliverReportUseCase', () => {
  it('stores the report under the deal, writes the document and takes the step with its id', async () => {
    const { storage, inserted, steps, report, file } = setup();
    const view = await report.execute(memberOf(PROVIDER), DEAL_ID, file(PDF));
    expect(view).toMatchObject({ state: 'report_delivered', report: { id: 'doc-1', purpose: 'report' } });
    expect(inserted).toEqual([
      expect.objectContaining({
        dealId: DEAL_ID,
        purpose: 'report',
        contentType: 'application/pdf',
        fileName: '检测报告.pdf',
        sizeBytes: PDF.length,
        storageKey: expect.stringMatching(new RegExp(`^deals/${DEAL_ID}/[0-9a-f-]{36}$`)),
      }),
    ]);
    expect(steps).toEqual([
      ['deliver_report', { side: 'provider', userId: 'u-1' }, { data: { reportDocumentId: 'doc-1' } }],
    ]);
    expect([...storage.objects.keys()]).toEqual([inserted[0].storageKey]);
  });

  it.each<[string, string, DealState]>([
    ['the requester', REQUESTER, 'samples_received'],
    ['the provider before the samples arrived', PROVIDER, 'accepted'],
  ])('refuses %s before reading the file (409), storing nothing', async (_who, organizationId, state) => {
    const { storage, inserted, report, file } = setup({ state });
    await expect(report.execute(memberOf(organizationId), DEAL_ID, file(PDF))).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(storage.received).toBe(0);
    expect(inserted).toEqual([]);
  });

  it('answers 404 to a non-party, storing nothing', async () => {
    const { storage, report, file } = setup();
    await expect(report.execute(memberOf('someone-else'), DEAL_ID, file(PDF))).rejects.toBeInstanceOf(
      DealNotFoundError,
    );
    expect(storage.received).toBe(0);
  });

  it('removes the stored file when the step fails once the deal is locked', async () => {
    const { storage, inserted, report, file } = setup({
      step: async () => {
        throw new DealOutOfTurnError('report_delivered', 'deliver_report', 'provider');
      },
    });
    await expect(report.execute(memberOf(PROVIDER), DEAL_ID, file(PDF))).rejects.toBeInstanceOf(DealOutOfTurnError);
    expect(inserted).toHaveLength(1);
    expect(storage.objects.size).toBe(0);
  });

  it('refuses an executable (415) without storing it', async () => {
    const { storage, report, file } = setup();
    await expect(report.execute(memberOf(PROVIDER), DEAL_ID, file(ELF, 'report.pdf'))).rejects.toMatchObject({
      code: 'DOCUMENT_TYPE_NOT_ALLOWED',
    });
    expect(storage.objects.size).toBe(0);
  });
});

describe('UploadDealDocumentUseCase', () => {
  it('removes the stored file when the row cannot be written', async () => {
    const { storage, upload, file } = setup({
      insert: async () => {
        throw new Error('connection lost');
      },
    });
    await expect(upload.execute(memberOf(REQUESTER), DEAL_ID, file(PDF))).rejects.toThrow('connection lost');
    expect(storage.received).toBe(PDF.length);
    expect(storage.objects.size).toBe(0);
  });

  it('takes a document in any state, closed deals too, from either party', async () => {
    const { storage, upload, file } = setup({ state: 'cancelled' });
    const view = await upload.execute(memberOf(PROVIDER), DEAL_ID, file(PDF, 'evidence'));
    expect(view).toMatchObject({ purpose: 'message', fileName: 'evidence.pdf', contentType: 'application/pdf' });
    expect(view).not.toHaveProperty('storageKey');
    expect(storage.objects.size).toBe(1);
  });

  it('refuses a file over the size limit (413) and an empty one (422), storing neither', async () => {
    const { storage, upload, file } = setup();
    await expect(upload.execute(memberOf(REQUESTER), DEAL_ID, file(Buffer.alloc(10_001, 0x41)))).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_LARGE',
      kind: 'too_large',
    });
    await expect(upload.execute(memberOf(REQUESTER), DEAL_ID, file(Buffer.alloc(0)))).rejects.toMatchObject({
      code: 'DOCUMENT_EMPTY',
    });
    expect(storage.objects.size).toBe(0);
  });
});
