// A file the backend wrote: opened with its program in Electron, downloaded in the browser mode.
import { api } from '../api/client';
import { useStore } from '../store';

export function DownloadLink({ path, label = 'Herunterladen' }: { path: string; label?: string }) {
  const capabilities = useStore((state) => state.capabilities);
  const showNotice = useStore((state) => state.showNotice);
  const name = path.split(/[\\/]/).pop() ?? path;
  if (capabilities?.nativeDialogs) {
    return (
      <button
        type="button"
        className="button"
        title={path}
        onClick={() =>
          void api.call('system:openFile', { path }).then((result) => {
            if (!result.ok) showNotice({ kind: 'error', text: result.error.message });
          })
        }
      >
        Öffnen
      </button>
    );
  }
  return (
    <a
      className="button"
      href={`/api/download?path=${encodeURIComponent(path)}`}
      download={name}
      title={path}
    >
      {label}
    </a>
  );
}
