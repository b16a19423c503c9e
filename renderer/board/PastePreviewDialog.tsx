// Preview of pasted lines (a transcribed pinboard): each checked line becomes one card.
import { useState } from 'react';
import { maxIdeaLength, phaseLabels } from '../../shared/domain';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';

export function PastePreviewDialog({ lines, onClose }: { lines: string[]; onClose(): void }) {
  const capture = useStore((state) => state.boardUi.capture);
  const mutate = useStore((state) => state.mutate);
  const [chosen, setChosen] = useState(() =>
    lines.map((line) => [...line].length <= maxIdeaLength),
  );
  const texts = lines.filter((_, index) => chosen[index]);

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
        Je Zeile eine Idee, Phase {phaseLabels[capture.phase]}. Zeilen ohne Haken werden nicht
        übernommen.
      </p>
      <ol className="paste-preview">
        {lines.map((line, index) => {
          const tooLong = [...line].length > maxIdeaLength;
          return (
            <li key={index}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen[index] ?? false}
                  disabled={tooLong}
                  onChange={(event) =>
                    setChosen((current) =>
                      current.map((value, at) => (at === index ? event.target.checked : value)),
                    )
                  }
                />
                <span>{line}</span>
                {tooLong && <span className="form-error"> zu lang</span>}
              </label>
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
