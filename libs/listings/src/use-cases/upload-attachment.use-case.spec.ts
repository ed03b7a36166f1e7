import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor } from '@rongtong/identity';
import { type AppConfig, ObjectStorage, type UnitOfWork } from '@rongtong/platform';
import type { ListingStatus } from '../domain';
import type { ListingAttachmentRepository, NewAttachment } from '../persistence/listing-attachment.repository';
import type { ListingAuditRepository } from '../persistence/listing-audit.repository';
import type { ListingRecord, ListingRepository } from '../persistence/listing.repository';
import type { ListingAccess, ListingRoles } from './listing-access';
import { UploadAttachmentUseCase } from './upload-attachment.use-case';

/** Keeps objects in memory, and every byte it was ever handed, stored or not. */
class MemoryStorage extends ObjectStorage {
  readonly objects = new Map<string, Buffer>();
  readonly received: Buffer[] = [];

  async put(key: string, content: Readable | Uint8Array): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(content instanceof Uint8Array ? [content] : content)) {
      this.received.push(chunk as Buffer);
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

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]),
  Buffer.alloc(200, 0x41),
]);
const ELF = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(200)]);
const actor = { userId: 'u-1' } as Actor;
const LISTING_ID = '00000000-0000-4000-8000-000000000001';

function setup({
  status = 'draft',
  statusOnceLocked = status,
  roles = { owner: true, moderator: false, visible: true },
  insert = async (_tx: unknown, row: NewAttachment) => ({ ...row, id: 'a-1', createdAt: new Date() }),
}: {
  status?: ListingStatus;
  statusOnceLocked?: ListingStatus;
  roles?: ListingRoles;
  insert?: (tx: unknown, row: NewAttachment) => Promise<unknown>;
} = {}) {
  const storage = new MemoryStorage();
  const inserted: NewAttachment[] = [];
  const uow = { db: {}, run: (work: (tx: object) => Promise<unknown>) => work({}) } as unknown as UnitOfWork;
  const listings = {
    findById: async (_db: unknown, id: string, options?: { forUpdate?: boolean }) =>
      ({ id, status: options?.forUpdate ? statusOnceLocked : status }) as ListingRecord,
  } as unknown as ListingRepository;
  const listingAudit = { append: async () => {} } as unknown as ListingAuditRepository;
  const attachments = {
    insert: async (tx: unknown, row: NewAttachment) => {
      inserted.push(row);
      return insert(tx, row);
    },
  } as unknown as ListingAttachmentRepository;
  const access = { roles: async () => roles } as unknown as ListingAccess;
  const config = { uploads: { maxBytes: 1000, maxPhotoBytes: 500 } } as AppConfig;
  const useCase = new UploadAttachmentUseCase(uow, listings, listingAudit, attachments, access, storage, config);
  const upload = (content: Buffer, purpose: 'photo' | 'document' = 'photo', filename = 'photo.png') =>
    useCase.execute(actor, LISTING_ID, { purpose, filename, content: Readable.from([content]) });
  return { storage, inserted, upload };
}

describe('UploadAttachmentUseCase', () => {
  it('stores the bytes, then writes the row with what the content is', async () => {
    const { storage, inserted, upload } = setup();
    const view = await upload(PNG, 'photo', 'factory.webp');
    const [key] = [...storage.objects.keys()];
    expect(key).toMatch(new RegExp(`^listings/${LISTING_ID}/[0-9a-f-]{36}$`));
    expect(storage.objects.get(key)).toEqual(PNG);
    expect(inserted).toEqual([
      expect.objectContaining({
        storageKey: key,
        contentType: 'image/png',
        filename: 'factory.png',
        sizeBytes: PNG.length,
        sha256: createHash('sha256').update(PNG).digest('hex'),
      }),
    ]);
    expect(view).not.toHaveProperty('storageKey');
  });

  it('hands the storage not one byte of a file of a refused type, and writes no row', async () => {
    const { storage, inserted, upload } = setup();
    await expect(upload(ELF)).rejects.toMatchObject({ code: 'ATTACHMENT_TYPE_NOT_ALLOWED' });
    expect(storage.received).toEqual([]);
    expect(storage.objects.size).toBe(0);
    expect(inserted).toEqual([]);
  });

  it('refuses a file over the limit of its purpose', async () => {
    const { storage, upload } = setup();
    const big = Buffer.concat([PNG, Buffer.alloc(400)]);
    await expect(upload(big, 'photo')).rejects.toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      details: { maxBytes: 500 },
    });
    expect(storage.objects.size).toBe(0);
    await expect(upload(big, 'document')).resolves.toMatchObject({ sizeBytes: big.length });
  });

  it('removes the stored file when the row cannot be written', async () => {
    const { storage, inserted, upload } = setup({
      insert: async () => Promise.reject(new Error('connection terminated')),
    });
    await expect(upload(PNG)).rejects.toThrow('connection terminated');
    expect(inserted).toHaveLength(1);
    expect(storage.received.length).toBeGreaterThan(0);
    expect(storage.objects.size).toBe(0);
  });

  it('removes the stored file when the listing was submitted while it arrived', async () => {
    const { storage, inserted, upload } = setup({ statusOnceLocked: 'pending_review' });
    await expect(upload(PNG)).rejects.toMatchObject({ code: 'LISTING_NOT_EDITABLE' });
    expect(inserted).toEqual([]);
    expect(storage.objects.size).toBe(0);
  });

  it.each<[string, ListingRoles, string]>([
    ['someone who cannot see the listing', { owner: false, moderator: false, visible: false }, 'LISTING_NOT_FOUND'],
    ['a moderator', { owner: false, moderator: true, visible: true }, 'OWNER_REQUIRED'],
  ])('refuses %s before reading the file', async (_who, roles, code) => {
    const { storage, upload } = setup({ roles });
    await expect(upload(PNG)).rejects.toMatchObject({ code });
    expect(storage.received).toEqual([]);
  });

  it('refuses while the listing is under review, before reading the file', async () => {
    const { storage, upload } = setup({ status: 'pending_review' });
    await expect(upload(PNG)).rejects.toMatchObject({ code: 'LISTING_NOT_EDITABLE' });
    expect(storage.received).toEqual([]);
  });
});
