// The Kommune's data, editable at any time: each field saved on its own and checked by the
// backend (Gemeindeschlüssel, Bundesland, period), the German reason beside the field.
import { bundeslaender } from '../../shared/domain';
import type { KommuneChanges } from '../../shared/contract/kommune';
import { api } from '../api/client';
import { ChoiceField, MonthField, TextField } from '../library/SheetFields';
import { NumberField } from '../process/fields';
import { saveWith } from '../process/saving';
import { useStore } from '../store';
import { LogoField } from './LogoField';

export function KommuneForm() {
  const workspace = useStore((state) => state.workspace);
  const setWorkspace = useStore((state) => state.setWorkspace);
  if (!workspace) return null;
  const save = (changes: KommuneChanges) =>
    saveWith(api.call('kommune:update', { changes }), setWorkspace);
  return (
    <section className="panel" aria-labelledby="kommune-heading">
      <h2 id="kommune-heading">Kommune</h2>
      <div className="kommune-form">
        <div className="sheet-grid">
          <TextField
            label="Name der Kommune"
            value={workspace.name}
            onSave={(name) => save({ name })}
          />
          <TextField
            label="Amtlicher Gemeindeschlüssel"
            value={workspace.officialKey}
            hint="8 Ziffern, z. B. 15089999; das Bundesland ergibt sich daraus"
            onSave={(officialKey) => save({ officialKey })}
          />
          <ChoiceField
            label="Bundesland"
            value={workspace.state}
            options={[
              { value: '', label: '– bitte wählen –' },
              ...bundeslaender.map((land) => ({ value: land, label: land })),
            ]}
            onSave={(state) => save({ state: state as KommuneChanges['state'] })}
          />
          <TextField
            label="Landkreis"
            value={workspace.district}
            onSave={(district) => save({ district })}
          />
          <NumberField
            label="Einwohnerzahl"
            value={workspace.inhabitants}
            onSave={(inhabitants) => save({ inhabitants })}
          />
          <TextField
            label="Prozessbegleitung"
            value={workspace.consultant}
            onSave={(consultant) => save({ consultant })}
          />
          <MonthField
            label="Projektzeitraum: Beginn"
            value={workspace.periodStart}
            onSave={(month) => save({ periodStart: month || null })}
          />
          <MonthField
            label="Projektzeitraum: Ende"
            value={workspace.periodEnd}
            onSave={(month) => save({ periodEnd: month || null })}
          />
        </div>
        <LogoField />
      </div>
    </section>
  );
}
