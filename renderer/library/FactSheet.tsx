// The fact sheet of one project (Steckbrief): every field of the Werkstattplan's Maßnahme, each
// saved on its own as one undoable step, with German validation messages beside the field.
import { useCallback, useEffect, useState } from 'react';
import { focusAfterRender } from '../focus';
import {
  areaScopes,
  phaseLabels,
  priorities,
  projectGoalLabels,
  projectGoals,
  projectStatuses,
  projectStatusLabels,
  swotKindLabels,
} from '../../shared/domain';
import { api } from '../api/client';
import { useStore } from '../store';
import { formatBudget, parseEuros } from './format';
import { LinkList } from './LinkList';
import { Milestones } from './Milestones';
import { ChoiceField, labelled, MonthField, TextField } from './SheetFields';
import type { ProjectChanges, ProjectSheet } from './types';

const projectTypes = [
  'Investition',
  'Konzept/Studie',
  'Netzwerk/Kooperation',
  'Beratung/Service',
  'Veranstaltung/Kampagne',
  'Beteiligung',
];

export function FactSheet({ id }: { id: number }) {
  const catalogs = useStore((state) => state.library.catalogs);
  const setLibrary = useStore((state) => state.setLibrary);
  const setHistory = useStore((state) => state.setHistory);
  const [sheet, setSheet] = useState<ProjectSheet>();
  const [missing, setMissing] = useState<string>();
  const generation = useStore((state) => state.library.generation);

  useEffect(() => {
    let current = true;
    void api.call('projects:sheet', { id }).then((result) => {
      if (!current) return;
      if (result.ok) setSheet(result.value);
      else setMissing(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [id, generation]);

  /** Saves one change; answers with the German error message, or undefined when saved. */
  const save = useCallback(
    async (changes: ProjectChanges): Promise<string | undefined> => {
      const result = await api.call('projects:update', { id, changes });
      if (!result.ok) return result.error.message;
      setSheet(result.value);
      const history = await api.call('history:state', {});
      if (history.ok) setHistory(history.value);
      return undefined;
    },
    [id, setHistory],
  );

  const back = () => {
    setLibrary({ openProjectId: undefined });
    void useStore.getState().loadLibrary();
    // Back where the user came from: the project's entry in the list.
    focusAfterRender(`[data-open-project="${id}"]`, '.library-toolbar input[type="search"]');
  };

  const sheetLoaded = sheet !== undefined;
  useEffect(() => {
    // The keyboard starts on the sheet's title, not on a field it might change by accident.
    if (sheetLoaded) document.getElementById('sheet-title')?.focus();
  }, [sheetLoaded]);

  if (missing) return <p className="form-error">{missing}</p>;
  if (!sheet || !catalogs) return <p className="muted">Lade den Steckbrief …</p>;
  const text = (field: keyof ProjectChanges) => (value: string) =>
    save({ [field]: value } as ProjectChanges);
  const orNull = (field: keyof ProjectChanges) => (value: string) =>
    save({ [field]: value === '' ? null : value } as ProjectChanges);

  return (
    <article className="fact-sheet" aria-labelledby="sheet-title">
      <div className="section-heading">
        <button type="button" className="button" onClick={back}>
          ← Zur Projektbibliothek
        </button>
        {sheet.origin && <span className="muted">importiert aus {sheet.origin}</span>}
      </div>
      <h2 id="sheet-title" tabIndex={-1}>
        {sheet.title}
      </h2>
      <div className="sheet-grid">
        <TextField label="Titel" value={sheet.title} onSave={text('title')} />
        <ChoiceField
          label="Handlungsfeld"
          value={String(sheet.actionFieldId)}
          options={catalogs.actionFields.map((field) => ({
            value: String(field.id),
            label: field.name,
          }))}
          onSave={(value) => save({ actionFieldId: Number(value) })}
        />
        <div className="sheet-wide">
          <TextField
            label="Ziel und Beschreibung"
            value={sheet.description}
            multiline
            onSave={text('description')}
          />
        </div>
        <TextField label="Verantwortlich" value={sheet.lead} onSave={text('lead')} />
        <TextField label="Partner" value={sheet.partners} onSave={text('partners')} />
        <MonthField label="Beginn" value={sheet.startMonth} onSave={orNull('startMonth')} />
        <MonthField label="Ende" value={sheet.endMonth} onSave={orNull('endMonth')} />
        <TextField
          label="Budget (Euro)"
          value={
            sheet.budgetCents === null ? '' : formatBudget(sheet.budgetCents).replace(/\s?€/, '')
          }
          hint="z. B. 420.000 oder 1.250,50"
          onSave={async (value) => {
            const cents = parseEuros(value);
            if (cents === undefined)
              return 'Das Budget bitte als Betrag in Euro angeben, z. B. 420.000.';
            return save({ budgetCents: cents });
          }}
        />
        <TextField
          label="Finanzierung und Fördermittel"
          value={sheet.funding}
          onSave={text('funding')}
        />
        <div className="sheet-wide">
          <TextField
            label="Indikatoren"
            value={sheet.indicators}
            multiline
            onSave={text('indicators')}
          />
        </div>
        <ChoiceField
          label="Priorität"
          value={sheet.priority ?? ''}
          options={[
            { value: '', label: '– keine –' },
            ...priorities.map((priority) => ({ value: priority, label: priority })),
          ]}
          onSave={orNull('priority')}
        />
        <ChoiceField
          label="Status"
          value={sheet.status}
          options={labelled(projectStatuses, projectStatusLabels)}
          onSave={text('status')}
        />
        <ChoiceField
          label="Projektziel"
          value={sheet.projectGoal ?? ''}
          options={[
            { value: '', label: '– keines –' },
            ...projectGoals.map((goal) => ({ value: goal, label: projectGoalLabels[goal] })),
          ]}
          onSave={orNull('projectGoal')}
        />
        <ChoiceField
          label="Gebietsbezug"
          value={sheet.areaScope ?? ''}
          options={[
            { value: '', label: '– keiner –' },
            ...areaScopes.map((scope) => ({ value: scope, label: scope })),
          ]}
          onSave={orNull('areaScope')}
        />
        <TextField
          label="Projektart"
          value={sheet.projectType}
          list="project-types"
          onSave={text('projectType')}
        />
        <datalist id="project-types">
          {projectTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <label className="sheet-check">
          <input
            type="checkbox"
            checked={sheet.keyMeasure}
            onChange={(event) => void save({ keyMeasure: event.target.checked })}
          />
          Schlüsselmaßnahme
        </label>
      </div>

      <LinkList
        legend="Zielgruppen"
        options={catalogs.targetGroups.map((group) => ({ id: group.id, label: group.name }))}
        chosen={sheet.targetGroupIds}
        onChange={(ids) => api.call('projects:setTargetGroups', { id, targetGroupIds: ids })}
        onSaved={setSheet}
      />
      <LinkList
        legend="Leitziele"
        options={catalogs.strategicGoals.map((goal) => ({ id: goal.id, label: goal.text }))}
        chosen={sheet.strategicGoalIds}
        onChange={(ids) => api.call('projects:setStrategicGoals', { id, strategicGoalIds: ids })}
        onSaved={setSheet}
      />
      <LinkList
        legend="Antwort auf die SWOT-Analyse"
        options={catalogs.swotEntries.map((entry) => ({
          id: entry.id,
          label: `${swotKindLabels[entry.kind]}: ${entry.text}`,
        }))}
        chosen={sheet.swotEntryIds}
        onChange={(ids) => api.call('projects:setSwotEntries', { id, swotEntryIds: ids })}
        onSaved={setSheet}
      />
      <Milestones sheet={sheet} onSaved={setSheet} />

      <section aria-labelledby="origin-heading" className="sheet-section">
        <h3 id="origin-heading">Herkunft aus der Zukunftswerkstatt</h3>
        {sheet.ideas.length === 0 ? (
          <p className="muted">Keine Ideen zugeordnet.</p>
        ) : (
          <ul className="origin-list">
            {sheet.ideas.map((idea) => (
              <li key={idea.id}>
                <span>{idea.text}</span>
                <span className="muted">
                  {[
                    phaseLabels[idea.phase],
                    idea.workshopTitle,
                    idea.groupName,
                    idea.dots ? `${idea.dots} Punkte` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
