import { EntitySchema } from 'typeorm';

/** A row of `reviews` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ReviewRow {
  id: string;
  dealId: string;
  authorSide: string;
  authorUserId: string;
  authorOrganizationId: string;
  subjectOrganizationId: string;
  listingId: string | null;
  rating: number;
  body: string;
  createdAt: Date;
}

/** The `reviews` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ReviewEntity = new EntitySchema<ReviewRow>({
  name: 'reviews',
  tableName: 'reviews',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'reviews_pkey', generated: 'uuid' },
    dealId: { name: 'deal_id', type: 'uuid' },
    authorSide: { name: 'author_side', type: 'text' },
    authorUserId: { name: 'author_user_id', type: 'uuid' },
    authorOrganizationId: { name: 'author_organization_id', type: 'uuid' },
    subjectOrganizationId: { name: 'subject_organization_id', type: 'uuid' },
    listingId: { name: 'listing_id', type: 'uuid', nullable: true },
    rating: { name: 'rating', type: 'smallint' },
    body: { name: 'body', type: 'text', default: '' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'reviews_deal_id_author_side_key', columns: ['dealId', 'authorSide'] }],
  checks: [
    {
      name: 'reviews_author_side_check',
      expression: `((author_side = ANY (ARRAY['requester'::text, 'provider'::text])))`,
    },
    { name: 'reviews_rating_check', expression: '(((rating >= 1) AND (rating <= 5)))' },
  ],
  foreignKeys: [
    {
      name: 'reviews_author_organization_id_fkey',
      columnNames: ['author_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    {
      name: 'reviews_author_user_id_fkey',
      columnNames: ['author_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'reviews_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    { name: 'reviews_listing_id_fkey', columnNames: ['listing_id'], target: 'listings', referencedColumnNames: ['id'] },
    {
      name: 'reviews_subject_organization_id_fkey',
      columnNames: ['subject_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    { name: 'reviews_listing_idx', columns: ['listingId'] },
    { name: 'reviews_subject_idx', columns: ['subjectOrganizationId'] },
  ],
});
