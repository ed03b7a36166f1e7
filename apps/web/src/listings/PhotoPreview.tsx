import { Image } from 'antd';
import { useState } from 'react';

/** Ant Design's preview over the page, from the photo that was opened. */
export default function PhotoPreview({ urls, start, onClose }: { urls: string[]; start: number; onClose: () => void }) {
  const [current, setCurrent] = useState(start);
  return (
    <Image.PreviewGroup
      items={urls}
      preview={{
        open: true,
        current,
        onChange: (index) => setCurrent(index),
        onOpenChange: (open) => {
          if (!open) onClose();
        },
      }}
    />
  );
}
