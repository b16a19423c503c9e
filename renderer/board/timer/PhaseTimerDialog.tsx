// "Timer …": start the phase timer for the room (every window and the projector show it), or stop it.
import { useState } from 'react';
import { phaseLabels } from '../../../shared/domain';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { DialogButtons } from '../../components/DialogButtons';
import { useStore } from '../../store';
import { usePhaseTimer } from './usePhaseTimer';

const presets = [5, 10, 15, 20, 30, 45];

export function PhaseTimerDialog({ onClose }: { onClose(): void }) {
  const phase = useStore((state) => state.boardUi.capture.phase);
  const showNotice = useStore((state) => state.showNotice);
  const { timer } = usePhaseTimer();
  const [minutes, setMinutes] = useState('15');
  const [label, setLabel] = useState(`${phaseLabels[phase]}phase`);
  const value = Number(minutes.replace(',', '.'));
  const valid = Number.isFinite(value) && value >= 0.5 && value <= 240;

  async function set(chosen: number | null) {
    const result = await api.call('timer:set', { minutes: chosen, label });
    if (!result.ok) return showNotice({ kind: 'error', text: result.error.message });
    onClose();
  }

  return (
    <Dialog
      title="Phasen-Timer"
      onClose={onClose}
      actions={
        <>
          {timer && (
            <button type="button" className="button" onClick={() => void set(null)}>
              Timer anhalten
            </button>
          )}
          <DialogButtons
            onCancel={onClose}
            confirmLabel={timer ? 'Neu starten' : 'Starten'}
            disabled={!valid}
            onConfirm={() => void set(value)}
          />
        </>
      }
    >
      <p>Der Timer läuft in allen Fenstern dieser Werkstatt, auch auf dem Projektor.</p>
      <div className="form form-row">
        <label>
          Bezeichnung
          <input value={label} maxLength={80} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <label>
          Minuten
          <input
            inputMode="decimal"
            value={minutes}
            aria-invalid={!valid}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
      </div>
      <div className="timer-presets" role="group" aria-label="Schnellwahl">
        {presets.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button"
            aria-pressed={String(preset) === minutes}
            onClick={() => setMinutes(String(preset))}
          >
            {preset} Min.
          </button>
        ))}
      </div>
      {!valid && (
        <p className="form-error" role="alert">
          Bitte zwischen 0,5 und 240 Minuten angeben.
        </p>
      )}
    </Dialog>
  );
}
