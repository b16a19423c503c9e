// Preview of pasted lines (a transcribed pinboard): each checked line becomes one card, with the
// phase, session and table named above; every line can still be corrected here.
import { useState } from 'react';
import { maxIdeaLength, phaseLabels } from '../../shared/domain';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';

interface Line {
  text: string;
  chosen: boolean;
}

export function PastePreviewDialog({ lines, onClose }: { lines: string[]; onClose(): void }) {
  const capture = useStore((state) => state.boardUi.capture);
  const workshop = useStore((state) =>
    capture.workshopId === null ? undefined : state.board.workshops[capture.workshopId],
  );
  const mutate = useStore((state) => state.mutate);
  const [rows, setRows] = useState<Line[]>(() => lines.map((text) => ({ text, chosen: true })));
  const tooLong = (text: string) => [...text].length > maxIdeaLength;
  const texts = rows
    .filter((row) => row.chosen && row.text.trim() && !tooLong(row.text))
    .map((row) => row.text.trim());
  const group = workshop?.groups.find((entry) => entry.id === capture.groupId);
  const change = (index: number, changes: Partial<Line>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...changes } : row)));

  async function create() {
    if (await mutate(api.call('ideas:createMany', { texts, ...capture }))) onClose();
  }

  return (
    <Dialog
      title="Mehrere Ideen einfügen"
      onClose={onClose}
      wide
      actions={
        <DialogButtons
          onCancel={onClose}
          confirmLabel={texts.length === 1 ? '1 Idee anlegen' : `${texts.length} Ideen anlegen`}
          disabled={texts.length === 0}
          onConfirm={() => void create()}
        />
      }
    >
      <p>
        Je Zeile eine Idee. Sie werden angelegt als <strong>{phaseLabels[capture.phase]}</strong>
        {workshop ? (
          <>
            , Zukunftswerkstatt <strong>„{workshop.title}“</strong>
            {group ? (
              <>
                , Tisch <strong>„{group.name}“</strong>
              </>
            ) : (
              ', ohne Tisch'
            )}
          </>
        ) : (
          ', ohne Zukunftswerkstatt'
        )}
        . Aufzählungszeichen wurden entfernt; Zeilen ohne Haken werden nicht übernommen.
      </p>
      <ol className="paste-preview">
        {rows.map((row, index) => (
          <li key={index}>
            <input
              type="checkbox"
              aria-label={`Zeile ${index + 1} übernehmen`}
              checked={row.chosen}
              onChange={(event) => change(index, { chosen: event.target.checked })}
            />
            <input
              className="paste-line"
              aria-label={`Zeile ${index + 1}`}
              value={row.text}
              aria-invalid={tooLong(row.text)}
              onChange={(event) => change(index, { text: event.target.value })}
            />
            {tooLong(row.text) && <span className="form-error">zu lang</span>}
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
