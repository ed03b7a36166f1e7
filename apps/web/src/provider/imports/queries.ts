import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { saveDownload } from '../../api/download';
import { uploadFile } from '../../api/upload';
import type { components } from '../../api/schema';

export type ListingImport = components['schemas']['ListingImportDto'];
export type ImportRejection = components['schemas']['ImportRejectionDto'];
export type TableFormat = 'csv' | 'xlsx';
export type TemplateKind = 'capacity' | 'equipment' | 'ip';

const RUNNING = new Set(['queued', 'running']);

/** An import's report, asked again every second while the worker is on it. */
export function useListingImport(id: string | undefined) {
  return useQuery({
    queryKey: ['listingImport', id],
    queryFn: () => data(api.GET('/api/v1/listing-imports/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && !RUNNING.has(query.state.data.status) ? false : 1000),
  });
}

export function isRunning(report: ListingImport): boolean {
  return RUNNING.has(report.status);
}

/** Sends the file; the API answers 202 with the import's id at once and the worker imports it. */
export function startImport(
  organizationId: string,
  file: File,
  options: { dryRun: boolean; submit: boolean },
  language: string,
  onProgress: (percent: number) => void,
): Promise<{ id: string }> {
  return uploadFile<{ id: string }>(
    `/api/v1/organizations/${organizationId}/listing-imports`,
    { dryRun: String(options.dryRun), submit: String(options.submit) },
    file,
    language,
    onProgress,
  );
}

/** The template of a kind's columns (Chinese and English headers, an example row), saved as a download. */
export async function downloadTemplate(kind: TemplateKind, format: TableFormat): Promise<string> {
  const { data: blob, response } = await api.GET('/api/v1/listing-imports/template', {
    params: { query: { kind, format } },
    parseAs: 'blob',
  });
  return saveDownload(blob as Blob, response, `listings-${kind}.${format}`);
}

/** Every listing of the enterprise in the template's columns (it imports back unchanged). */
export async function downloadListings(organizationId: string, format: TableFormat): Promise<string> {
  const { data: blob, response } = await api.GET('/api/v1/organizations/{id}/listings/export', {
    params: { path: { id: organizationId }, query: { format } },
    parseAs: 'blob',
  });
  return saveDownload(blob as Blob, response, `listings.${format}`);
}

export type BulkAction = 'submit' | 'archive';
export type BulkResult = components['schemas']['BulkListingResultDto'];

/** One step for many listings; each is its own audited step, with its own answer. */
export async function bulkListingAction(action: BulkAction, ids: string[]): Promise<BulkResult[]> {
  const answer = await data(api.POST('/api/v1/listings/bulk', { body: { action, ids } }));
  return answer.results;
}
