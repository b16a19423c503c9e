// Capture: type, Enter, and the field is free for the next idea at once — the card goes to the
// save queue (captureSlice.ts) and shows as "wird gespeichert …" until it is committed. Phase,
// session and table stay set. Several pasted lines become several cards after a preview. The
// panel folds away for the projector and remembers that.
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { ideaLengthHint, maxIdeaLength, phaseLabels, phases } from '../../shared/domain';
import { useStore } from '../store';
import { CaptureContextFields } from './CaptureContextFields';
import { receiveReturnedText } from './captureDraft';
import { captureFieldId, inboxListId } from './landmarks';
import { PastePreviewDialog } from './PastePreviewDialog';
import { splitPastedLines } from './pastedLines';

export const CapturePanel = memo(function CapturePanel() {
  const capture = useStore((state) => state.boardUi.capture);
  const collapsed = useStore((state) => state.boardUi.captureCollapsed);
  const setCapture = useStore((state) => state.setCapture);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const enqueueIdea = useStore((state) => state.enqueueIdea);
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<string[]>();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const bodyId = useId();
  const length = [...text].length;

  useEffect(
    () =>
      receiveReturnedText((returned) => {
        // Before whatever is being typed now; the panel opens if it was folded away.
        setText((current) => (current ? `${returned}\n${current}` : returned));
        setBoardUi({ captureCollapsed: false });
        requestAnimationFrame(() => fieldRef.current?.focus());
      }),
    [setBoardUi],
  );
  const tooLong = length > maxIdeaLength;

  function submit() {
    if (!text.trim() || tooLong) return;
    enqueueIdea(text, capture);
    setText('');
    // The newest card sits at the top of the Ideenspeicher: show it to the one typing.
    document.getElementById(inboxListId)?.scrollTo({ top: 0 });
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    const lines = splitPastedLines(event.clipboardData.getData('text'));
    if (lines.length > 1) {
      event.preventDefault();
      setPasted(lines);
    }
  };

  const toggle = () => setBoardUi({ captureCollapsed: !collapsed });

  return (
    <section className="capture" aria-label="Ideen erfassen">
      <header className="capture-header">
        <h2>
          <label htmlFor={captureFieldId}>Neue Idee</label>
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={toggle}
        >
          {collapsed ? 'Erfassung öffnen' : 'Einklappen'}
        </button>
      </header>
      <div id={bodyId} className="capture-body" hidden={collapsed}>
        <textarea
          id={captureFieldId}
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
        <p
          id={hintId}
          className={tooLong ? 'form-error' : 'capture-hint muted'}
          role={tooLong ? 'alert' : undefined}
        >
          {tooLong
            ? `Zu lang: ${length.toLocaleString('de-DE')} von höchstens ${maxIdeaLength.toLocaleString('de-DE')} Zeichen – bitte eine Idee pro Karte.`
            : length > ideaLengthHint
              ? `${length} Zeichen – eine Karte, ein Gedanke: vielleicht zwei Ideen?`
              : 'Eingabetaste speichert · Umschalt + Eingabetaste: neue Zeile'}
        </p>
        <fieldset className="phase-choice">
          <legend className="visually-hidden">Phase</legend>
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
        <CaptureContextFields />
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
    </section>
  );
});
