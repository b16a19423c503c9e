// Schema v3: texts stored before the one text rule (DESIGN §2a) may hold control characters,
// noncharacters or lone surrogates that the exports refuse; they are cleaned like new input.
import type { Migration } from './types';

/** table, column, multi-line, what an emptied required text becomes (null: may be empty). */
const columns: readonly [string, string, boolean, string | null][] = [
  ['workspace', 'name', false, 'Werkstatt'],
  ['workspace', 'district', false, null],
  ['workspace', 'consultant', false, null],
  ['steps', 'notes', true, null],
  ['step_checklist_items', 'text', false, null],
  ['actors', 'name', false, null],
  ['actors', 'organisation', false, null],
  ['actors', 'role', false, null],
  ['action_fields', 'name', false, 'Handlungsfeld'],
  ['action_fields', 'description', true, null],
  ['target_groups', 'name', false, 'Zielgruppe'],
  ['strategic_goals', 'text', true, 'Leitziel'],
  ['indicators', 'name', false, null],
  ['indicators', 'unit', false, null],
  ['indicators', 'source', false, null],
  ['swot_entries', 'text', true, null],
  ['inventory_measures', 'title', false, null],
  ['inventory_measures', 'description', true, null],
  ['workshops', 'title', false, 'Zukunftswerkstatt'],
  ['workshops', 'place', false, null],
  ['workshop_groups', 'name', false, null],
  ['projects', 'title', false, 'Projekt'],
  ['projects', 'description', true, null],
  ['projects', 'lead', false, null],
  ['projects', 'partners', true, null],
  ['projects', 'funding', true, null],
  ['projects', 'indicators', true, null],
  ['projects', 'project_type', false, null],
  ['projects', 'origin', false, null],
  ['project_milestones', 'text', false, null],
  ['ideas', 'text', true, 'Idee'],
  ['ideas', 'author', false, null],
  ['plan_versions', 'label', false, 'Fassung'],
  ['reviews', 'notes', true, null],
  ['review_entries', 'progress', true, null],
  ['review_entries', 'barriers', true, null],
  ['review_entries', 'enablers', true, null],
];

const update = ([table, column, multiLine, fallback]: (typeof columns)[number]) => {
  const cleaned = `clean_text(CAST(${column} AS BLOB), ${multiLine ? 1 : 0}, ${fallback === null ? 'NULL' : `'${fallback}'`})`;
  return `UPDATE ${table} SET ${column} = ${cleaned} WHERE ${column} IS NOT ${cleaned};`;
};

export const cleanTexts: Migration = {
  version: 3,
  name: 'Texte nach der einen Textregel bereinigen',
  sql: columns.map(update).join('\n'),
};
