// The Kommune's logo or Wappen: shown as the backend keeps it (PNG or JPEG only; an SVG arrives
// drawn as PNG, so nothing active is ever shown), replaced from a file, or removed.
import { useEffect, useId, useRef, useState } from 'react';
import type { Logo } from '../../shared/contract';
import { maxLogoBytes } from '../../shared/kommune';
import { api } from '../api/client';
import { fieldMessage } from '../process/saving';
import { useStore } from '../store';

/** The file's bytes as base64, in chunks (a spread of 2 MB would overflow the call stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

export function LogoField() {
  const workspace = useStore((state) => state.workspace);
  const setWorkspace = useStore((state) => state.setWorkspace);
  const generation = useStore((state) => state.process.generation);
  const [logo, setLogo] = useState<Logo | null>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** Counts the logos chosen here: each is read back as the backend keeps it. */
  const [chosen, setChosen] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const hasLogo = workspace?.hasLogo ?? false;

  useEffect(() => {
    if (!hasLogo) return;
    let current = true;
    void api.call('kommune:logo', {}).then((result) => {
      if (current && result.ok) setLogo(result.value);
    });
    return () => {
      current = false;
    };
  }, [hasLogo, generation, chosen]);

  async function choose(file: File | undefined) {
    if (!file) return;
    if (file.size > maxLogoBytes) {
      setError('Das Logo ist zu groß: höchstens 2 MB. Bitte eine kleinere Datei wählen.');
      return;
    }
    setBusy(true);
    const result = await api.call('kommune:setLogo', { base64: await base64Of(file) });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!result.ok) return setError(fieldMessage(result.error));
    setError(undefined);
    setWorkspace(result.value);
    setChosen((count) => count + 1);
  }

  async function remove() {
    const result = await api.call('kommune:removeLogo', {});
    if (!result.ok) return setError(fieldMessage(result.error));
    setError(undefined);
    setWorkspace(result.value);
    // The button that removed the logo goes with it: the focus goes to choosing a new one.
    input.current?.focus();
  }

  return (
    <div className="logo-field">
      <div className="logo-preview">
        {hasLogo && logo ? (
          <img
            src={`data:${logo.mime};base64,${logo.base64}`}
            alt={`Wappen bzw. Logo von ${workspace?.name ?? 'der Kommune'}`}
          />
        ) : (
          <span className="muted">Kein Logo</span>
        )}
      </div>
      <div className="sheet-field">
        <label htmlFor={id}>Logo oder Wappen</label>
        <input
          id={id}
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {error ? (
          <span className="form-error" role="alert" id={`${id}-error`}>
            {error}
          </span>
        ) : (
          <span className="muted sheet-hint" id={`${id}-hint`}>
            PNG, JPEG oder SVG, höchstens 2 MB; erscheint auf dem Deckblatt der Dokumente.
          </span>
        )}
        {hasLogo && (
          <button type="button" className="button" onClick={() => void remove()}>
            Logo entfernen
          </button>
        )}
      </div>
    </div>
  );
}
