import { EntitySchema, type EntitySchemaRelationOptions } from 'typeorm';

// The entities say what the migration (1764410000000-sourcing) made, for the schema check;
// the repositories query with SQL. Rows are typed loosely: the repositories map them.
type Row = Record<string, unknown>;
type ForeignKey = {
  name: string;
  columnNames: string[];
  target: string;
  referencedColumnNames: string[];
  onDelete?: EntitySchemaRelationOptions['onDelete'];
};

const fk = (table: string, column: string, target: string, cascade = false): ForeignKey => ({
  name: `${table}_${column}_fkey`,
  columnNames: [column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())],
  target,
  referencedColumnNames: ['id'],
  ...(cascade && { onDelete: 'CASCADE' as const }),
});

const ID = (table: string) =>
  ({ name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: `${table}_pkey`, generated: 'uuid' }) as const;
const NOW = { type: 'timestamp with time zone', default: () => 'now()' } as const;

export const RfqEntity = new EntitySchema<Row>({
  name: 'rfqs',
  tableName: 'rfqs',
  columns: {
    id: ID('rfqs'),
    organizationId: { name: 'organization_id', type: 'uuid' },
    createdBy: { name: 'created_by', type: 'uuid' },
    title: { name: 'title', type: 'text' },
    description: { name: 'description', type: 'text' },
    category: { name: 'category', type: 'text' },
    process: { name: 'process', type: 'text', nullable: true },
    materials: { name: 'materials', type: 'text', array: true, default: () => `'{}'` },
    quantity: { name: 'quantity', type: 'integer' },
    unit: { name: 'unit', type: 'text' },
    deliveryDate: { name: 'delivery_date', type: 'date' },
    deliveryRegionCode: { name: 'delivery_region_code', type: 'character', length: 6 },
    certifications: { name: 'certifications', type: 'text', array: true, default: () => `'{}'` },
    targetUnitPriceFen: { name: 'target_unit_price_fen', type: 'bigint', nullable: true },
    showTarget: { name: 'show_target', type: 'boolean', default: false },
    quoteDeadline: { name: 'quote_deadline', type: 'timestamp with time zone' },
    visibility: { name: 'visibility', type: 'text' },
    parkIds: { name: 'park_ids', type: 'uuid', array: true, default: () => `'{}'` },
    ndaText: { name: 'nda_text', type: 'text', nullable: true },
    status: { name: 'status', type: 'text', default: 'open' },
    statusReason: { name: 'status_reason', type: 'text', nullable: true },
    takenDownAt: { name: 'taken_down_at', type: 'timestamp with time zone', nullable: true },
    takenDownReason: { name: 'taken_down_reason', type: 'text', nullable: true },
    version: { name: 'version', type: 'integer', default: 1 },
    createdAt: { name: 'created_at', ...NOW },
    updatedAt: { name: 'updated_at', ...NOW },
    closedAt: { name: 'closed_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    { name: 'rfqs_quantity_check', expression: '((quantity > 0))' },
    {
      name: 'rfqs_status_check',
      expression: `((status = ANY (ARRAY['draft'::text, 'open'::text, 'closed'::text, 'awarded'::text, 'cancelled'::text])))`,
    },
    { name: 'rfqs_target_unit_price_fen_check', expression: '((target_unit_price_fen >= 0))' },
    {
      name: 'rfqs_visibility_check',
      expression: `((visibility = ANY (ARRAY['public'::text, 'park_members'::text, 'invited'::text])))`,
    },
  ],
  foreignKeys: [fk('rfqs', 'created_by', 'users'), fk('rfqs', 'organization_id', 'organizations')],
  indices: [
    { name: 'rfqs_board_idx', columns: ['status', 'quoteDeadline'] },
    { name: 'rfqs_organization_idx', columns: ['organizationId', 'createdAt'] },
    // USING gin (park_ids)
    { name: 'rfqs_parks_idx', columns: ['parkIds'], synchronize: false },
  ],
});

export const RfqInvitationEntity = new EntitySchema<Row>({
  name: 'rfq_invitations',
  tableName: 'rfq_invitations',
  columns: {
    rfqId: { name: 'rfq_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'rfq_invitations_pkey' },
    organizationId: {
      name: 'organization_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'rfq_invitations_pkey',
    },
    invitedBy: { name: 'invited_by', type: 'uuid' },
    createdAt: { name: 'created_at', ...NOW },
  },
  foreignKeys: [
    fk('rfq_invitations', 'invited_by', 'users'),
    fk('rfq_invitations', 'organization_id', 'organizations'),
    fk('rfq_invitations', 'rfq_id', 'rfqs', true),
  ],
  indices: [{ name: 'rfq_invitations_organization_idx', columns: ['organizationId'] }],
});

export const RfqNdaAcceptanceEntity = new EntitySchema<Row>({
  name: 'rfq_nda_acceptances',
  tableName: 'rfq_nda_acceptances',
  columns: {
    id: ID('rfq_nda_acceptances'),
    rfqId: { name: 'rfq_id', type: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    ndaText: { name: 'nda_text', type: 'text' },
    ndaSha256: { name: 'nda_sha256', type: 'text' },
    acceptedAt: { name: 'accepted_at', ...NOW },
  },
  uniques: [{ name: 'rfq_nda_acceptances_once', columns: ['rfqId', 'organizationId', 'ndaSha256'] }],
  foreignKeys: [
    fk('rfq_nda_acceptances', 'organization_id', 'organizations'),
    fk('rfq_nda_acceptances', 'rfq_id', 'rfqs', true),
    fk('rfq_nda_acceptances', 'user_id', 'users'),
  ],
});

export const RfqAttachmentEntity = new EntitySchema<Row>({
  name: 'rfq_attachments',
  tableName: 'rfq_attachments',
  columns: {
    id: ID('rfq_attachments'),
    rfqId: { name: 'rfq_id', type: 'uuid' },
    storageKey: { name: 'storage_key', type: 'text' },
    fileName: { name: 'file_name', type: 'text' },
    contentType: { name: 'content_type', type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    uploadedBy: { name: 'uploaded_by', type: 'uuid' },
    createdAt: { name: 'created_at', ...NOW },
  },
  uniques: [{ name: 'rfq_attachments_storage_key_key', columns: ['storageKey'] }],
  foreignKeys: [fk('rfq_attachments', 'rfq_id', 'rfqs', true), fk('rfq_attachments', 'uploaded_by', 'users')],
  indices: [{ name: 'rfq_attachments_rfq_idx', columns: ['rfqId', 'createdAt'] }],
});

export const RfqQuestionEntity = new EntitySchema<Row>({
  name: 'rfq_questions',
  tableName: 'rfq_questions',
  columns: {
    id: ID('rfq_questions'),
    rfqId: { name: 'rfq_id', type: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    askedBy: { name: 'asked_by', type: 'uuid' },
    question: { name: 'question', type: 'text' },
    answer: { name: 'answer', type: 'text', nullable: true },
    answeredBy: { name: 'answered_by', type: 'uuid', nullable: true },
    answeredAt: { name: 'answered_at', type: 'timestamp with time zone', nullable: true },
    createdAt: { name: 'created_at', ...NOW },
  },
  foreignKeys: [
    fk('rfq_questions', 'answered_by', 'users'),
    fk('rfq_questions', 'asked_by', 'users'),
    fk('rfq_questions', 'organization_id', 'organizations'),
    fk('rfq_questions', 'rfq_id', 'rfqs', true),
  ],
  indices: [{ name: 'rfq_questions_rfq_idx', columns: ['rfqId', 'createdAt'] }],
});

export const RfqQuoteEntity = new EntitySchema<Row>({
  name: 'rfq_quotes',
  tableName: 'rfq_quotes',
  columns: {
    id: ID('rfq_quotes'),
    rfqId: { name: 'rfq_id', type: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    submittedBy: { name: 'submitted_by', type: 'uuid' },
    priceBreaks: { name: 'price_breaks', type: 'jsonb' },
    leadTimeDays: { name: 'lead_time_days', type: 'integer' },
    validUntil: { name: 'valid_until', type: 'date' },
    notes: { name: 'notes', type: 'text', nullable: true },
    status: { name: 'status', type: 'text', default: 'live' },
    revision: { name: 'revision', type: 'integer', default: 1 },
    awardedQuantity: { name: 'awarded_quantity', type: 'integer', nullable: true },
    dealId: { name: 'deal_id', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', ...NOW },
    updatedAt: { name: 'updated_at', ...NOW },
    withdrawnAt: { name: 'withdrawn_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    {
      name: 'rfq_quotes_status_check',
      expression: `((status = ANY (ARRAY['live'::text, 'withdrawn'::text, 'awarded'::text, 'not_awarded'::text])))`,
    },
  ],
  foreignKeys: [
    fk('rfq_quotes', 'organization_id', 'organizations'),
    fk('rfq_quotes', 'rfq_id', 'rfqs', true),
    fk('rfq_quotes', 'submitted_by', 'users'),
  ],
  indices: [
    {
      name: 'rfq_quotes_one_live',
      columns: ['rfqId', 'organizationId'],
      unique: true,
      where: `(status <> 'withdrawn'::text)`,
    },
  ],
});

export const RfqQuoteRevisionEntity = new EntitySchema<Row>({
  name: 'rfq_quote_revisions',
  tableName: 'rfq_quote_revisions',
  columns: {
    id: ID('rfq_quote_revisions'),
    quoteId: { name: 'quote_id', type: 'uuid' },
    revision: { name: 'revision', type: 'integer' },
    action: { name: 'action', type: 'text' },
    priceBreaks: { name: 'price_breaks', type: 'jsonb' },
    leadTimeDays: { name: 'lead_time_days', type: 'integer' },
    validUntil: { name: 'valid_until', type: 'date' },
    notes: { name: 'notes', type: 'text', nullable: true },
    userId: { name: 'user_id', type: 'uuid' },
    createdAt: { name: 'created_at', ...NOW },
  },
  foreignKeys: [
    fk('rfq_quote_revisions', 'quote_id', 'rfq_quotes', true),
    fk('rfq_quote_revisions', 'user_id', 'users'),
  ],
  indices: [{ name: 'rfq_quote_revisions_quote_idx', columns: ['quoteId', 'revision'] }],
});

export const RfqAuditEntity = new EntitySchema<Row>({
  name: 'rfq_audit',
  tableName: 'rfq_audit',
  columns: {
    id: ID('rfq_audit'),
    rfqId: { name: 'rfq_id', type: 'uuid' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    action: { name: 'action', type: 'text' },
    reason: { name: 'reason', type: 'text', nullable: true },
    details: { name: 'details', type: 'jsonb', default: () => `'{}'` },
    createdAt: { name: 'created_at', ...NOW },
  },
  checks: [
    {
      name: 'rfq_audit_action_check',
      expression: `((action = ANY (ARRAY['edit'::text, 'take_down'::text, 'reinstate'::text])))`,
    },
  ],
  foreignKeys: [fk('rfq_audit', 'rfq_id', 'rfqs', true), fk('rfq_audit', 'actor_user_id', 'users')],
  indices: [{ name: 'rfq_audit_rfq_idx', columns: ['rfqId', 'createdAt'] }],
});
