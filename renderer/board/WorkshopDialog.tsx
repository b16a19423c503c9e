// "Neue Zukunftswerkstatt": title, date, place, participants and the tables/groups.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';

export function WorkshopDialog({ onClose }: { onClose(): void }) {
  const mutate = useStore((state) => state.mutate);
  const setCapture = useStore((state) => state.setCapture);
  const [error, setError] = useState<string>();
  const formId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
    <Dialog
      title="Neue Zukunftswerkstatt"
      onClose={onClose}
      actions={<DialogButtons onCancel={onClose} confirmLabel="Anlegen" form={formId} />}
    >
      <form id={formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
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
      </form>
    </Dialog>
  );
}
