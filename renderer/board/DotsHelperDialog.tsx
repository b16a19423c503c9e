// "Punkte vergeben": how many dots each participant gets, with the rules to announce to the room
// and, on request, how the number comes about.
import { useState } from 'react';
import { dotsPerParticipant, dotsWord, mostDotsPerPerson } from '../../shared/dots';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';

export function DotsHelperDialog({ onClose }: { onClose(): void }) {
  const projectCount = useStore((state) => Object.keys(state.board.projects).length);
  const participants = useStore((state) => {
    const id = state.boardUi.capture.workshopId;
    return (id !== null ? state.board.workshops[id]?.participantCount : null) ?? 20;
  });
  const [options, setOptions] = useState(String(Math.max(projectCount, 2)));
  const [people, setPeople] = useState(String(participants));
  const a = Number(options);
  const n = Number(people);
  const valid =
    Number.isInteger(a) && Number.isInteger(n) && a >= 1 && n >= 1 && a <= 10_000 && n <= 100_000;
  const rule = valid ? dotsPerParticipant(a, n) : undefined;

  return (
    <Dialog title="Punkte vergeben" onClose={onClose}>
      <div className="form form-row">
        <label>
          Optionen (Projekte oder Ideen)
          <input
            inputMode="numeric"
            value={options}
            onChange={(event) => setOptions(event.target.value)}
          />
        </label>
        <label>
          Teilnehmende
          <input
            inputMode="numeric"
            value={people}
            onChange={(event) => setPeople(event.target.value)}
          />
        </label>
      </div>
      {rule ? (
        <div className="dots-result" role="status">
          <p className="dots-big">{dotsWord(rule.dotsPerPerson)} je Person</p>
          {a === 1 ? (
            <p>Bei nur einer Option braucht es keine Abstimmung.</p>
          ) : (
            <>
              <p>Zum Ansagen:</p>
              <ul>
                <li>
                  Jede und jeder bekommt {dotsWord(rule.dotsPerPerson, 'Klebepunkt', 'Klebepunkte')}
                  .
                </li>
                <li>
                  {rule.maxPerOption === 1
                    ? 'Jeder Punkt auf eine andere Option – nicht häufeln.'
                    : `Punkte dürfen gehäuft werden: höchstens ${rule.maxPerOption} auf dieselbe Option.`}
                </li>
                <li>Insgesamt werden {dotsWord(rule.totalDots)} verteilt.</li>
              </ul>
            </>
          )}
          <details className="dots-explained">
            <summary>Wie wird gerechnet?</summary>
            <p>
              Faustregel der Moderation: je Person etwa ein Drittel der Optionen, gerundet – hier{' '}
              {a.toLocaleString('de-DE')} ÷ 3 ≈{' '}
              {(a / 3).toLocaleString('de-DE', { maximumFractionDigits: 1 })}. Mindestens 1 Punkt,
              höchstens {mostDotsPerPerson} (mehr Punkte kosten viel Zeit und ändern die Rangfolge
              kaum) und immer weniger Punkte als Optionen, damit eine Auswahl nötig ist. Häufeln ist
              erst ab vier Punkten erlaubt: bis 5 Punkte höchstens 2 auf eine Option, darüber
              höchstens 3, damit wenige Stimmen nicht allein entscheiden.
            </p>
          </details>
        </div>
      ) : (
        <p className="form-error" role="alert">
          Bitte zwei ganze Zahlen ab 1 eingeben.
        </p>
      )}
    </Dialog>
  );
}
