// The Kick-Off meeting: when and where, who came and who invited, whether the head of
// administration took part, the agreed goals and agreements, the next steps.
import type { KickoffChanges } from '../../shared/contract/kickoff';
import type { KickoffData } from '../../shared/process';
import { api } from '../api/client';
import { DateField, TextField } from '../library/SheetFields';
import { EditableList } from './EditableList';
import { CheckField, NumberField } from './fields';
import { saveWith } from './saving';

interface KickoffMeetingProps {
  data: KickoffData;
  onSaved(data: KickoffData): void;
}

export function KickoffMeeting({ data, onSaved }: KickoffMeetingProps) {
  const { kickoff } = data;
  const save = (changes: KickoffChanges) =>
    saveWith(api.call('kickoff:update', { changes }), onSaved);
  const saveList = (call: ReturnType<typeof api.call<'kickoff:load'>>) => saveWith(call, onSaved);
  return (
    <section className="panel" aria-labelledby="kickoff-meeting-heading">
      <h2 id="kickoff-meeting-heading">Die Kick-Off-Veranstaltung</h2>
      <div className="sheet-grid">
        <DateField
          label="Datum"
          value={kickoff.date}
          onSave={(date) => save({ date: date || null })}
        />
        <TextField label="Ort" value={kickoff.place} onSave={(place) => save({ place })} />
        <NumberField
          label="Zahl der Teilnehmenden"
          value={kickoff.participantCount}
          onSave={(participantCount) => save({ participantCount })}
        />
        <TextField
          label="Eingeladen von"
          value={kickoff.invitedBy}
          hint="z. B. Bürgermeisterin, Landrat, Hauptamt"
          onSave={(invitedBy) => save({ invitedBy })}
        />
        <div className="sheet-wide">
          <CheckField
            label="Die Verwaltungsspitze (Bürgermeisterin oder Bürgermeister) hat teilgenommen"
            checked={kickoff.headPresent}
            onSave={(headPresent) => save({ headPresent })}
          />
        </div>
      </div>
      <h3 className="subheading">Vereinbarte Ziele und Absprachen</h3>
      <EditableList
        label="Vereinbarte Ziele und Absprachen"
        noun="Vereinbarung"
        items={kickoff.agreements}
        addLabel="Neue Vereinbarung"
        maxLength={500}
        ops={{
          add: (text) => saveList(api.call('agreements:add', { text })),
          rename: (id, text) => saveList(api.call('agreements:update', { id, text })),
          move: (id, beforeId) => saveList(api.call('agreements:move', { id, beforeId })),
          remove: (id) => saveList(api.call('agreements:delete', { id })),
        }}
      />
      <TextField
        label="Nächste Schritte"
        value={kickoff.nextSteps}
        multiline
        onSave={(nextSteps) => save({ nextSteps })}
      />
    </section>
  );
}
