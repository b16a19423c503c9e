// What phone cards are and what phones may do: phase, Zukunftswerkstatt, brainwriting, names.
import { phaseLabels, phases } from '../../shared/domain';
import type { ParticipationSettings } from '../../shared/participation';
import { useStore } from '../store';

export type SettingsValues = Pick<
  ParticipationSettings,
  'phase' | 'workshopId' | 'brainwriting' | 'namesAllowed'
>;

export function SettingsFields({
  values,
  onChange,
}: {
  values: SettingsValues;
  onChange(changes: Partial<SettingsValues>): void;
}) {
  const workshops = useStore((state) => state.board.workshops);
  return (
    <>
      <div className="form-row">
        <label>
          Phase der Handy-Karten
          <select
            value={values.phase}
            onChange={(event) => onChange({ phase: event.target.value as SettingsValues['phase'] })}
          >
            {phases.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabels[phase]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Zukunftswerkstatt (Karten und Fotos)
          <select
            value={values.workshopId ?? ''}
            onChange={(event) =>
              onChange({
                workshopId: event.target.value === '' ? null : Number(event.target.value),
              })
            }
          >
            <option value="">keine</option>
            {Object.values(workshops).map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={values.brainwriting}
          onChange={(event) => onChange({ brainwriting: event.target.checked })}
        />
        Brainwriting: neue Handy-Karten bleiben verdeckt (nur gezählt), bis Sie sie aufdecken
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={values.namesAllowed}
          onChange={(event) => onChange({ namesAllowed: event.target.checked })}
        />
        Namen erlauben (sonst bleiben alle Karten anonym)
      </label>
    </>
  );
}
