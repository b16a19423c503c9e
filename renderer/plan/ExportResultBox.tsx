// Where the exported document went, and how to open it: with Word in Electron, as a download in
// the browser mode.
import type { ExportResult } from '../../shared/contract';
import { DownloadLink } from '../components/DownloadLink';
import { formatSize } from '../format';

export function ExportResultBox({ result }: { result: ExportResult }) {
  const name = result.path.split(/[\\/]/).pop() ?? result.path;
  return (
    <div className="export-result" role="status">
      <p>
        <strong>{name}</strong> <span className="muted">({formatSize(result.bytes)})</span>
      </p>
      <p className="muted file-path">{result.path}</p>
      <DownloadLink file={result} />
    </div>
  );
}
