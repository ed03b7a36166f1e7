import { Flex, Image } from 'antd';
import { attachmentUrl } from './queries';

/** A listing's photos with Ant Design's preview; its own chunk, loaded only when there are photos. */
export default function PhotoGallery({
  listingId,
  photos,
}: {
  listingId: string;
  photos: { id: string; fileName: string }[];
}) {
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap>
        {photos.map((p) => (
          <Image
            key={p.id}
            width={160}
            height={120}
            style={{ objectFit: 'cover' }}
            src={attachmentUrl(listingId, p.id)}
            alt={p.fileName}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
