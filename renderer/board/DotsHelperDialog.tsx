// "Punkte vergeben": how many dots each participant gets, with the rules to announce.
import { useState } from 'react';
import { dotsPerParticipant } from '../../shared/dots';
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
          <p className="dots-big">
            {rule.dotsPerPerson} {rule.dotsPerPerson === 1 ? 'Punkt' : 'Punkte'} je Person
          </p>
          <p>Zum Ansagen:</p>
          <ul>
            <li>Jede und jeder bekommt {rule.dotsPerPerson} Klebepunkte.</li>
            <li>
              Punkte dürfen gehäuft werden: höchstens {rule.maxPerOption} auf dieselbe Option.
            </li>
            <li>Insgesamt werden {rule.totalDots.toLocaleString('de-DE')} Punkte verteilt.</li>
          </ul>
          <p className="muted">
            Berechnung: mindestens ⌈a(a−1)/(2n)⌉ Punkte je Person, damit sich alle {a} Optionen
            untereinander ordnen lassen.
          </p>
        </div>
      ) : (
        <p className="form-error" role="alert">
          Bitte zwei ganze Zahlen ab 1 eingeben.
        </p>
      )}
    </Dialog>
  );
}
