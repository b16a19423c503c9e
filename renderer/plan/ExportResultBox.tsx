// Where the exported document went, and how to open it: with Word in Electron, as a download in
// the browser mode.
import type { ExportResult } from '../../shared/contract';
import { api } from '../api/client';
import { formatSize } from '../format';
import { useStore } from '../store';

export function ExportResultBox({ result }: { result: ExportResult }) {
  const capabilities = useStore((state) => state.capabilities);
  const showNotice = useStore((state) => state.showNotice);
  const name = result.path.split(/[\\/]/).pop() ?? result.path;

  async function open() {
    const answer = await api.call('system:openFile', { path: result.path });
    if (!answer.ok) showNotice({ kind: 'error', text: answer.error.message });
  }

  return (
    <div className="export-result" role="status">
      <p>
        <strong>{name}</strong> <span className="muted">({formatSize(result.bytes)})</span>
      </p>
      <p className="muted file-path">{result.path}</p>
      {capabilities?.nativeDialogs ? (
        <button type="button" className="button" onClick={() => void open()}>
          Öffnen
        </button>
      ) : (
        <a
          className="button"
          href={`/api/download?path=${encodeURIComponent(result.path)}`}
          download={name}
        >
          Herunterladen
        </a>
      )}
    </div>
  );
}
