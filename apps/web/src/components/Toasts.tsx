import { message } from 'antd';
import { useEffect } from 'react';

type AntMessageApi = ReturnType<typeof message.useMessage>[0];

/** Ant Design's message holder; hands its API over once mounted (see FeedbackProvider). */
export default function Toasts({ onReady }: { onReady: (api: AntMessageApi) => void }) {
  const [api, holder] = message.useMessage();
  useEffect(() => onReady(api), [api, onReady]);
  return holder;
}
