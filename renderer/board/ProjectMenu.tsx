// A project's menu: rename, merge into another project, dissolve (its dots: ProjectDots).
import { useState } from 'react';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { MenuButton } from '../components/MenuButton';
import { useStore } from '../store';

export function ProjectMenu({ id }: { id: number }) {
  const mutate = useStore((state) => state.mutate);
  const setBoardUi = useStore((state) => state.setBoardUi);
  const [merging, setMerging] = useState(false);
  return (
    <>
      <MenuButton
        label="⋯"
        accessibleLabel="Projektmenü"
        className="icon-button"
        items={[
          { label: 'Umbenennen', onSelect: () => setBoardUi({ editingProjectId: id }) },
          { label: 'Mit anderem Projekt zusammenführen …', onSelect: () => setMerging(true) },
          {
            label: 'Projekt auflösen (Ideen zurück in den Ideenspeicher)',
            onSelect: () => void mutate(api.call('projects:dissolve', { id })),
          },
        ]}
      />
      {merging && <MergeDialog sourceId={id} onClose={() => setMerging(false)} />}
    </>
  );
}

function MergeDialog({ sourceId, onClose }: { sourceId: number; onClose(): void }) {
  const projects = useStore((state) => state.board.projects);
  const fields = useStore((state) => state.board.actionFields);
  const mutate = useStore((state) => state.mutate);
  const others = Object.values(projects)
    .filter((project) => project.id !== sourceId && project.id > 0)
    .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const [targetId, setTargetId] = useState(others[0]?.id);
  const merge = async () => {
    if (targetId === undefined) return;
    if (await mutate(api.call('projects:merge', { sourceId, targetId }))) onClose();
  };
  return (
    <Dialog
      title="Projekte zusammenführen"
      onClose={onClose}
      actions={
        <DialogButtons
          onCancel={onClose}
          confirmLabel="Zusammenführen"
          disabled={targetId === undefined}
          onConfirm={() => void merge()}
        />
      }
    >
      <p>
        „{projects[sourceId]?.title}“ geht mit seinen Ideen und Punkten in das gewählte Projekt
        über. Mit Strg + Z lässt sich das zurücknehmen.
      </p>
      <label className="form">
        Zusammenführen mit
        <select value={targetId} onChange={(event) => setTargetId(Number(event.target.value))}>
          {others.map((project) => (
            <option key={project.id} value={project.id}>
              {project.title} ({fields[project.actionFieldId]?.name})
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
