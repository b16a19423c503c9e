// „Vor dem Export prüfen“: what the Werkstattplan would lack if exported now, each gap with a
// button to where it is filled. Only advice: the export stays possible whatever it lists.
import { swotKindLabels } from '../../shared/domain';
import type { ExportOptions, PlanSectionKey } from '../../shared/plan';
import type { PlanQuality, QualityProject } from '../../shared/planQuality';
import { qualityCount } from '../../shared/planQuality';
import { useProcessData } from '../process/useProcessData';
import { QualityGroup } from './QualityGroup';
import type { QualityItem } from './QualityGroup';
import { chapterPlaces, openGoals, openSheet, openSwot } from './qualityLinks';

/** "1 Maßnahme", "12 Maßnahmen". */
const counted = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

const emptyBecause: Record<PlanSectionKey, string> = {
  ausgangslage: 'keine Kennzahlen, Diagramme, SWOT oder Bestandsaufnahme',
  prozess: 'keine Angaben zu den Schritten, zum Kick-Off, zu Zukunftswerkstätten oder Akteuren',
  leitziele: 'keine Leitziele',
  massnahmen: 'keine Projekte',
  uebersicht: 'keine Projekte',
  zwischenbilanz: 'noch keine Zwischenbilanz',
};

function chapterItems(quality: PlanQuality, include: (key: PlanSectionKey) => void): QualityItem[] {
  return quality.leftOut.map((chapter) => ({
    key: chapter.key,
    text: `„${chapter.title}“: ${chapter.reason === 'leer' ? emptyBecause[chapter.key] : 'abgewählt'}`,
    action:
      chapter.reason === 'leer'
        ? {
            label: chapterPlaces[chapter.key].label,
            run: () => chapterPlaces[chapter.key].open(),
          }
        : { label: `„${chapter.title}“ wieder aufnehmen`, run: () => include(chapter.key) },
  }));
}

const sheetItems = (projects: QualityProject[]): QualityItem[] =>
  projects.map((project) => ({
    key: String(project.id),
    text: project.title,
    action: {
      label: 'Steckbrief öffnen',
      name: `Steckbrief öffnen: ${project.title}`,
      run: () => openSheet(project.id),
    },
  }));

export function QualityCheck({
  options,
  onChange,
}: {
  options: ExportOptions;
  onChange(changes: Partial<ExportOptions>): void;
}) {
  // Read again when the chosen chapters change and whenever the workspace changed elsewhere.
  const { data: quality, problem } = useProcessData('plan:quality', {
    sections: options.sections,
    mostlyEmptySheets: options.mostlyEmptySheets,
  });
  const include = (key: PlanSectionKey) =>
    onChange({ sections: { ...options.sections, [key]: true } });

  return (
    <section aria-labelledby="quality-heading" className="panel quality-check">
      <h2 id="quality-heading">Vor dem Export prüfen</h2>
      {problem && <p role="alert">{problem}</p>}
      {quality && qualityCount(quality) === 0 && (
        <p>Nichts fehlt: alle Kapitel haben Inhalt, jede Maßnahme ist vollständig.</p>
      )}
      {quality && qualityCount(quality) > 0 && (
        <>
          <p className="muted">
            Das fehlt dem Werkstattplan noch. Exportieren lässt er sich trotzdem.
          </p>
          <ul className="quality-groups" aria-label="Was dem Werkstattplan fehlt">
            <QualityGroup
              summary={`${counted(quality.leftOut.length, 'Kapitel entfällt', 'Kapitel entfallen')}`}
              items={chapterItems(quality, include)}
            />
            <QualityGroup
              summary={
                options.mostlyEmptySheets === 'ideasTable'
                  ? `${counted(quality.sketches.length, 'Projekt', 'Projekte')} mit kaum ausgefülltem Steckbrief: nur unter „Weitere Projektideen“, nicht als Maßnahme`
                  : `${counted(quality.sketches.length, 'Steckbrief', 'Steckbriefe')} als „Steckbrief unvollständig“ markiert`
              }
              items={sheetItems(quality.sketches)}
            />
            <QualityGroup
              summary={`${counted(quality.withoutLead.length, 'Maßnahme', 'Maßnahmen')} ohne Verantwortlich`}
              items={sheetItems(quality.withoutLead)}
            />
            <QualityGroup
              summary={`${counted(quality.withoutPeriod.length, 'Maßnahme', 'Maßnahmen')} ohne Zeitraum (Beginn und Ende)`}
              items={sheetItems(quality.withoutPeriod)}
            />
            <QualityGroup
              summary={`${counted(quality.withoutBudget.length, 'Maßnahme', 'Maßnahmen')} ohne Budget`}
              items={sheetItems(quality.withoutBudget)}
            />
            <QualityGroup
              summary={`${counted(quality.goalsWithoutMeasure.length, 'Leitziel', 'Leitziele')} ohne Maßnahme`}
              items={quality.goalsWithoutMeasure.map((goal) => ({
                key: String(goal.id),
                text: goal.text,
              }))}
              action={{ label: 'Leitziele bearbeiten', run: openGoals }}
            />
            <QualityGroup
              summary={`${counted(quality.unansweredSwot.length, 'Schwäche oder Risiko', 'Schwächen und Risiken')} ohne Maßnahme, die darauf antwortet`}
              items={quality.unansweredSwot.map((entry) => ({
                key: String(entry.id),
                text: `${swotKindLabels[entry.kind]}: ${entry.text}`,
              }))}
              action={{ label: 'SWOT im Kommunalprofil öffnen', run: openSwot }}
            />
          </ul>
        </>
      )}
    </section>
  );
}
