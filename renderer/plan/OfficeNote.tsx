// One line on what LibreOffice adds to the export on this machine: the contents' page numbers and
// the PDF — or, without it, that Word fills the numbers in on opening and where to get LibreOffice.
import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** Whether LibreOffice is there (undefined while the backend looks). */
export function useLibreOffice(): boolean | undefined {
  const [found, setFound] = useState<boolean>();
  useEffect(() => {
    let current = true;
    void api.call('plan:office', {}).then((answer) => {
      if (current && answer.ok) setFound(answer.value.libreOffice);
    });
    return () => {
      current = false;
    };
  }, []);
  return found;
}

export function OfficeNote({ libreOffice }: { libreOffice: boolean | undefined }) {
  if (libreOffice === undefined) return null;
  return (
    <p className="office-note">
      {libreOffice
        ? 'LibreOffice ist vorhanden: Es setzt die Seitenzahlen ins Inhaltsverzeichnis und erstellt auf Wunsch das PDF.'
        : 'LibreOffice ist nicht installiert: Die Seitenzahlen im Inhaltsverzeichnis füllt Word beim Öffnen (nach Rückfrage). Für Seitenzahlen überall und für den PDF-Export bitte LibreOffice installieren (kostenlos unter libreoffice.org).'}
    </p>
  );
}
