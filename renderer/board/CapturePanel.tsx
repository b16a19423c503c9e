// Capture: type, Enter, the card is saved and the field stays ready; phase, session and table stay
// set. Several pasted lines become several cards after a preview.
import { memo, useId, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { ideaLengthHint, maxIdeaLength, phaseLabels, phases } from '../../shared/domain';
import { api } from '../api/client';
import { useStore } from '../store';
import { PastePreviewDialog } from './PastePreviewDialog';
import { WorkshopDialog } from './WorkshopDialog';

export const CapturePanel = memo(function CapturePanel() {
  const capture = useStore((state) => state.boardUi.capture);
  const setCapture = useStore((state) => state.setCapture);
  const workshops = useStore((state) => state.board.workshops);
  const mutate = useStore((state) => state.mutate);
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<string[]>();
  const [creatingWorkshop, setCreatingWorkshop] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const groups = capture.workshopId === null ? [] : (workshops[capture.workshopId]?.groups ?? []);
  const length = [...text].length;
  const tooLong = length > maxIdeaLength;

  async function submit() {
    if (!text.trim() || tooLong) return;
    const saved = await mutate(api.call('ideas:create', { text, ...capture }));
    if (saved) setText('');
    fieldRef.current?.focus();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    const lines = event.clipboardData
      .getData('text')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 1) {
      event.preventDefault();
      setPasted(lines);
    }
  };

  return (
    <section className="capture" aria-label="Ideen erfassen">
      <label className="capture-field">
        <span>Neue Idee</span>
        <textarea
          ref={fieldRef}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          placeholder="Tippen und Eingabetaste drücken"
          aria-describedby={hintId}
          aria-invalid={tooLong}
        />
      </label>
      <p
        id={hintId}
        className={tooLong ? 'form-error' : 'capture-hint muted'}
        role={tooLong ? 'alert' : undefined}
      >
        {tooLong
          ? `Zu lang: ${length.toLocaleString('de-DE')} von höchstens ${maxIdeaLength.toLocaleString('de-DE')} Zeichen – bitte eine Idee pro Karte.`
          : length > ideaLengthHint
            ? `${length} Zeichen – eine Karte, ein Gedanke: vielleicht zwei Ideen?`
            : 'Eingabetaste speichert, Umschalt + Eingabetaste beginnt eine neue Zeile. Mehrere Zeilen einfügen: je Zeile eine Idee.'}
      </p>
      <fieldset className="phase-choice">
        <legend>Phase</legend>
        {phases.map((phase) => (
          <label key={phase} className={`phase-option phase-${phase}`}>
            <input
              type="radio"
              name="capture-phase"
              value={phase}
              checked={capture.phase === phase}
              onChange={() => setCapture({ phase })}
            />
            {phaseLabels[phase]}
          </label>
        ))}
      </fieldset>
      <div className="capture-context">
        <label>
          Zukunftswerkstatt
          <select
            value={capture.workshopId ?? ''}
            onChange={(event) =>
              setCapture({
                workshopId: event.target.value ? Number(event.target.value) : null,
                groupId: null,
              })
            }
          >
            <option value="">– keine –</option>
            {Object.values(workshops).map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Gruppe / Tisch
          <select
            value={capture.groupId ?? ''}
            disabled={groups.length === 0}
            onChange={(event) =>
              setCapture({ groupId: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">– keine –</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => setCreatingWorkshop(true)}>
          Neue Zukunftswerkstatt …
        </button>
      </div>
      {pasted && (
        <PastePreviewDialog
          lines={pasted}
          onClose={() => {
            setPasted(undefined);
            fieldRef.current?.focus();
          }}
        />
      )}
      {creatingWorkshop && <WorkshopDialog onClose={() => setCreatingWorkshop(false)} />}
    </section>
  );
});
