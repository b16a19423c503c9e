// "Neue Werkstatt": the Kommune's basic data; where the file goes depends on the platform.
import { useState } from 'react';
import { bundeslaender } from '../../shared/domain';
import { api } from '../api/client';
import { useStore } from '../store';
import { FormDialog } from './FormDialog';

export function NewWorkspaceDialog({ onClose }: { onClose(): void }) {
  const createWorkspace = useStore((state) => state.createWorkspace);
  const capabilities = useStore((state) => state.capabilities);
  const busy = useStore((state) => state.busy);
  const [error, setError] = useState<string>();

  async function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const inhabitants = text('inhabitants').replace(/\./g, '');
    if (!text('name')) return setError('Bitte den Namen der Kommune angeben.');
    if (inhabitants !== '' && !/^\d+$/.test(inhabitants)) {
      return setError('Die Einwohnerzahl bitte als ganze Zahl angeben, z. B. 12.500.');
    }
    let path: string | undefined;
    if (capabilities?.nativeDialogs) {
      const picked = await api.call('system:pickPath', {
        purpose: 'saveWorkspace',
        suggestedName: `${text('name') || 'Werkstatt'}.werkstatt`,
      });
      if (!picked.ok) return setError(picked.error.message);
      if (!picked.value.path) return;
      path = picked.value.path;
    }
    const failure = await createWorkspace({
      name: text('name'),
      state: text('state') as (typeof bundeslaender)[number] | '',
      district: text('district'),
      inhabitants: inhabitants === '' ? null : Number(inhabitants),
      consultant: text('consultant'),
      officialKey: text('officialKey'),
      ...(path ? { path } : {}),
    });
    if (failure) setError(failure.message);
    else onClose();
  }

  return (
    <FormDialog
      title="Neue Werkstatt"
      onClose={onClose}
      confirmLabel="Werkstatt anlegen"
      onSubmit={submit}
      busy={busy}
    >
      <label>
        Name der Kommune
        <input name="name" required maxLength={120} autoFocus autoComplete="off" />
      </label>
      <div className="form-row">
        <label>
          Bundesland
          <select name="state" defaultValue="">
            <option value="">– bitte wählen –</option>
            {bundeslaender.map((land) => (
              <option key={land}>{land}</option>
            ))}
          </select>
        </label>
        <label>
          Landkreis
          <input name="district" maxLength={160} />
        </label>
      </div>
      <div className="form-row">
        <label>
          Einwohnerzahl
          <input name="inhabitants" inputMode="numeric" pattern="[0-9.]*" maxLength={10} />
        </label>
        <label>
          Amtlicher Gemeindeschlüssel (optional)
          <input name="officialKey" inputMode="numeric" maxLength={12} />
        </label>
      </div>
      <label>
        Prozessbegleitung
        <input name="consultant" maxLength={160} />
      </label>
      {!capabilities?.nativeDialogs && capabilities && (
        <p className="muted">Gespeichert im Ordner {capabilities.workspaceFolder}</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  );
}
