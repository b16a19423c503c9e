// A file the backend wrote, named by its handle: opened with its program in Electron, downloaded in
// the browser mode (fetched with the token, handed to the browser as a Blob under its own name).
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { fetchOffered } from '../api/httpTransport';
import { useStore } from '../store';

interface OfferedFile {
  path: string;
  handle: string;
}

export function DownloadLink({
  file,
  label = 'Herunterladen',
}: {
  file: OfferedFile;
  label?: string;
}) {
  const capabilities = useStore((state) => state.capabilities);
  const showNotice = useStore((state) => state.showNotice);
  if (capabilities?.nativeDialogs) {
    return (
      <button
        type="button"
        className="button"
        title={file.path}
        onClick={() =>
          void api.call('system:openFile', { handle: file.handle }).then((result) => {
            if (!result.ok) showNotice({ kind: 'error', text: result.error.message });
          })
        }
      >
        Öffnen
      </button>
    );
  }
  // Keyed by the handle: another file starts with fresh state.
  return <BrowserDownload key={file.handle} file={file} label={label} />;
}

/** A link cannot carry the Authorization header, so the file is fetched first and linked as a Blob. */
function BrowserDownload({ file, label }: { file: OfferedFile; label: string }) {
  const [url, setUrl] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const name = file.path.split(/[\\/]/).pop() ?? file.path;
  useEffect(() => {
    let current = true;
    let objectUrl: string | undefined;
    void fetchOffered(file.handle).then((result) => {
      if (!current) return;
      if (!result.ok) return setProblem(result.error.message);
      objectUrl = URL.createObjectURL(result.value);
      setUrl(objectUrl);
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file.handle]);
  if (problem) return <span className="muted">{problem}</span>;
  if (!url) return <span className="muted">Download wird vorbereitet …</span>;
  return (
    <a className="button" href={url} download={name} title={file.path}>
      {label}
    </a>
  );
}
