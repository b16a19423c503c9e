// Which rows are ordered among each other: ideas per project (or the Ideenspeicher), projects per
// Handlungsfeld, and all Handlungsfelder and sessions.
import type { Container } from './positions';

export const ideasIn = (projectId: number | null): Container =>
  projectId === null
    ? { table: 'ideas', where: 'project_id IS NULL', params: [] }
    : { table: 'ideas', where: 'project_id = ?', params: [projectId] };

export const projectsIn = (actionFieldId: number): Container => ({
  table: 'projects',
  where: 'action_field_id = ?',
  params: [actionFieldId],
});

export const allActionFields: Container = { table: 'action_fields', where: '1', params: [] };

export const allWorkshops: Container = { table: 'workshops', where: '1', params: [] };
