import { lazy, Suspense, useState } from 'react';
import { attachmentUrl } from './queries';

// Ant Design's image preview (zoom, rotate, swipe; some 11 KB gzip) loads when a photo is opened.
const PhotoPreview = lazy(() => import('./PhotoPreview'));

/** A listing's photos as thumbnails; each opens the preview, one photo after another. */
export default function PhotoGallery({
  listingId,
  photos,
}: {
  listingId: string;
  photos: { id: string; fileName: string }[];
}) {
  const [opened, setOpened] = useState<number>();
  const urls = photos.map((p) => attachmentUrl(listingId, p.id));
  return (
    <>
      <div className="photo-grid">
        {photos.map((p, i) => (
          <button key={p.id} type="button" className="photo-thumb" onClick={() => setOpened(i)}>
            <img src={urls[i]} alt={p.fileName} width={160} height={120} />
          </button>
        ))}
      </div>
      {opened !== undefined && (
        <Suspense fallback={null}>
          <PhotoPreview urls={urls} start={opened} onClose={() => setOpened(undefined)} />
        </Suspense>
      )}
    </>
  );
}
