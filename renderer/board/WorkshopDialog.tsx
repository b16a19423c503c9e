// "Neue Zukunftswerkstatt": title, date, place, participants and the tables/groups.
import { useState } from 'react';
import { api } from '../api/client';
import { FormDialog } from '../components/FormDialog';
import { useStore } from '../store';

export function WorkshopDialog({ onClose }: { onClose(): void }) {
  const mutate = useStore((state) => state.mutate);
  const setCapture = useStore((state) => state.setCapture);
  const [error, setError] = useState<string>();

  async function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (!text('title')) return setError('Bitte einen Titel angeben.');
    const participants = text('participantCount');
    if (participants && !/^\d+$/.test(participants))
      return setError('Die Zahl der Teilnehmenden bitte als ganze Zahl.');
    const result = await mutate(
      api.call('workshops:create', {
        title: text('title'),
        date: text('date') || null,
        place: text('place'),
        participantCount: participants ? Number(participants) : null,
        groups: text('groups')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      }),
    );
    const created = result?.patch.workshops[0];
    if (!created) return;
    setCapture({ workshopId: created.id, groupId: null });
    onClose();
  }

  return (
    <FormDialog
      title="Neue Zukunftswerkstatt"
      onClose={onClose}
      confirmLabel="Anlegen"
      onSubmit={submit}
    >
      <label>
        Titel
        <input
          name="title"
          maxLength={160}
          autoFocus
          placeholder="z. B. Zukunftswerkstatt 1: Jung bleiben"
        />
      </label>
      <div className="form-row">
        <label>
          Datum
          <input name="date" type="date" />
        </label>
        <label>
          Teilnehmende
          <input name="participantCount" inputMode="numeric" maxLength={6} />
        </label>
      </div>
      <label>
        Ort
        <input name="place" maxLength={160} />
      </label>
      <label>
        Gruppen / Tische (je Zeile eine)
        <textarea name="groups" rows={3} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </FormDialog>
  );
}
