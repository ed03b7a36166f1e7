import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export type ListingImportStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * A rejected row as stored: the English message and what words it again in the reader's
 * language (a field violation, or a problem code with its params).
 */
export interface StoredRejection {
  row: number;
  column: string | null;
  code: string;
  message: string;
  /** `violation`: worded as a field violation; `problem`: through the problem catalog. */
  wording: 'violation' | 'problem';
  field?: string;
  rule?: string;
  params?: Record<string, unknown>;
}

export interface ListingImportRecord {
  id: string;
  organizationId: string;
  createdBy: string;
  status: ListingImportStatus;
  dryRun: boolean;
  submit: boolean;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030';
  storageKey: string | null;
  filename: string | null;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: StoredRejection[];
  failure: { code: string; message: string; params?: Record<string, unknown> } | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface ImportCounts {
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
}

const COLUMNS = `id, organization_id AS "organizationId", created_by AS "createdBy", status, dry_run AS "dryRun",
  submit, format, encoding, storage_key AS "storageKey", filename, total, processed, created, updated, unchanged,
  rejected, failure, created_at AS "createdAt", finished_at AS "finishedAt"`;

/** `listing_imports`: an uploaded file's progress and report. */
@Injectable()
export class ListingImportRepository {
  async insert(
    db: Db,
    organizationId: string,
    row: {
      createdBy: string;
      dryRun: boolean;
      submit: boolean;
      format: 'csv' | 'xlsx';
      encoding: 'utf-8' | 'gb18030';
      storageKey: string;
      filename: string | null;
    },
  ): Promise<ListingImportRecord> {
    const [record]: ListingImportRecord[] = await db.query(
      `INSERT INTO listing_imports (organization_id, created_by, dry_run, submit, format, encoding, storage_key, filename)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [organizationId, row.createdBy, row.dryRun, row.submit, row.format, row.encoding, row.storageKey, row.filename],
    );
    return record;
  }

  async findById(db: Db, id: string): Promise<ListingImportRecord | undefined> {
    const rows: ListingImportRecord[] = await db.query(`SELECT ${COLUMNS} FROM listing_imports WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Takes a queued import for running; false when another worker has it or it is over. */
  async start(db: Db, id: string, total: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE listing_imports SET status = 'running', total = $2, processed = 0, created = 0, updated = 0,
              unchanged = 0, rejected = '[]'::jsonb
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [id, total],
    );
    return rows.length === 1;
  }

  async progress(db: Db, id: string, counts: ImportCounts, rejected: readonly StoredRejection[]): Promise<void> {
    await db.query(
      `UPDATE listing_imports SET total = $2, processed = $3, created = $4, updated = $5, unchanged = $6,
              rejected = $7::jsonb
        WHERE id = $1`,
      [id, counts.total, counts.processed, counts.created, counts.updated, counts.unchanged, JSON.stringify(rejected)],
    );
  }

  async finish(
    db: Db,
    id: string,
    outcome: { status: 'done' | 'failed'; failure?: ListingImportRecord['failure'] },
  ): Promise<void> {
    await db.query(
      `UPDATE listing_imports SET status = $2, failure = $3::jsonb, storage_key = NULL, finished_at = now()
        WHERE id = $1`,
      [id, outcome.status, outcome.failure ? JSON.stringify(outcome.failure) : null],
    );
  }
}
