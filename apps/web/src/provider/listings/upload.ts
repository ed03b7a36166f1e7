import { uploadFile } from '../../api/upload';
import { currentLanguage } from '../../i18n';
import type { ListingAttachment } from './types';

/** Uploads a photo or document to a listing, reporting progress (the API reads `purpose` first). */
export function uploadAttachment(
  listingId: string,
  purpose: 'photo' | 'document',
  file: File,
  onProgress: (percent: number) => void,
): Promise<ListingAttachment> {
  return uploadFile<ListingAttachment>(
    `/api/v1/listings/${listingId}/attachments`,
    { purpose },
    file,
    currentLanguage(),
    onProgress,
  );
}
