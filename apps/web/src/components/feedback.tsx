import type { message as antMessage } from 'antd';
import {
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';

type Kind = 'success' | 'error' | 'info' | 'warning';
type AntMessageApi = ReturnType<typeof antMessage.useMessage>[0];
/** Shows a toast; nothing to wait for. */
export type MessageApi = Record<Kind, (content: ReactNode) => void>;

/**
 * A toast keyed by its words: the same message asked for again while it shows (a double
 * click's two answers, say) renews it instead of stacking a second, faded copy under it.
 */
function toast(kind: Kind, content: ReactNode) {
  return typeof content === 'string' ? { content, key: `${kind}:${content}` } : { content };
}

const MessageContext = createContext<MessageApi | undefined>(undefined);
// Ant Design's message (and the notification machinery under it) loads with the first toast,
// not with every first page.
const Toasts = lazy(() => import('./Toasts'));

/**
 * Toasts in the app's theme and language. Only `message` (not Ant Design's whole <App>,
 * which brings modal and notification too); those asked for before it has loaded wait for it.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const real = useRef<AntMessageApi | undefined>(undefined);
  const waiting = useRef<[Kind, ReactNode][]>([]);
  const [wanted, setWanted] = useState(false);
  const api = useMemo<MessageApi>(() => {
    const show = (kind: Kind) => (content: ReactNode) => {
      if (real.current) void real.current[kind](toast(kind, content));
      else {
        waiting.current.push([kind, content]);
        setWanted(true);
      }
    };
    return { success: show('success'), error: show('error'), info: show('info'), warning: show('warning') };
  }, []);
  const ready = useCallback((loaded: AntMessageApi) => {
    real.current = loaded;
    for (const [kind, content] of waiting.current.splice(0)) void loaded[kind](toast(kind, content));
  }, []);
  return (
    <MessageContext.Provider value={api}>
      {wanted && (
        <Suspense fallback={null}>
          <Toasts onReady={ready} />
        </Suspense>
      )}
      {children}
    </MessageContext.Provider>
  );
}

export function useMessage(): MessageApi {
  const api = useContext(MessageContext);
  if (!api) throw new Error('useMessage outside FeedbackProvider');
  return api;
}
