import { message as antMessage } from 'antd';
import { createContext, type ReactNode, useContext } from 'react';

type MessageApi = ReturnType<typeof antMessage.useMessage>[0];

const MessageContext = createContext<MessageApi | undefined>(undefined);

/**
 * Toasts in the app's theme and language. Only `message` (not Ant Design's whole <App>,
 * which brings modal and notification too), to keep the first load small.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [api, holder] = antMessage.useMessage();
  return (
    <MessageContext.Provider value={api}>
      {holder}
      {children}
    </MessageContext.Provider>
  );
}

export function useMessage(): MessageApi {
  const api = useContext(MessageContext);
  if (!api) throw new Error('useMessage outside FeedbackProvider');
  return api;
}
