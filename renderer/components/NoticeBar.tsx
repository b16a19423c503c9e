// The one place where the app tells the user what went wrong (or right), in German.
import { useStore } from '../store';

export function NoticeBar() {
  const notice = useStore((state) => state.notice);
  const dismiss = useStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button
        type="button"
        className="button ghost"
        onClick={dismiss}
        aria-label="Hinweis schließen"
      >
        ×
      </button>
    </div>
  );
}
