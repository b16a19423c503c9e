// The default catalogues a new workspace starts with (editable afterwards).
import actionFields from '../../../assets/catalogues/handlungsfelder.json';
import targetGroups from '../../../assets/catalogues/zielgruppen.json';
import { stepKeys } from '../../../shared/domain';
import type { Writer } from '../store/changes';

export function seedDefaultCatalogues(writer: Writer): void {
  actionFields.forEach((field, index) =>
    writer.insert('action_fields', { ...field, position: index + 1, hidden: 0 }),
  );
  targetGroups.forEach((name, index) =>
    writer.insert('target_groups', { name, position: index + 1 }),
  );
  stepKeys.forEach((key, index) =>
    writer.insert('steps', { key, position: index + 1, status: 'offen' }),
  );
}

export const defaultActionFieldNames: readonly string[] = actionFields.map((field) => field.name);
export const defaultTargetGroupNames: readonly string[] = targetGroups;
