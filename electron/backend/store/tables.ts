// The tables user actions may change, with their key columns; undo and redo touch nothing else.

export const tableKeys = {
  workspace: ['id'],
  settings: ['key'],
  steps: ['key'],
  step_checklist_items: ['id'],
  actors: ['id'],
  kickoff: ['id'],
  kickoff_agreements: ['id'],
  action_fields: ['id'],
  target_groups: ['id'],
  strategic_goals: ['id'],
  indicators: ['id'],
  indicator_values: ['indicator_id', 'time'],
  profile_charts: ['id'],
  profile_chart_indicators: ['chart_id', 'indicator_id'],
  swot_entries: ['id'],
  inventory_measures: ['id'],
  workshops: ['id'],
  workshop_groups: ['id'],
  projects: ['id'],
  project_milestones: ['id'],
  project_target_groups: ['project_id', 'target_group_id'],
  project_strategic_goals: ['project_id', 'strategic_goal_id'],
  project_swot_entries: ['project_id', 'swot_entry_id'],
  ideas: ['id'],
  plan_versions: ['id'],
  reviews: ['id'],
  review_entries: ['id'],
  photos: ['id'],
  photo_data: ['photo_id'],
  votes: ['id'],
  vote_dots: ['vote_id', 'device', 'project_id'],
} as const satisfies Record<string, readonly string[]>;

export type Table = keyof typeof tableKeys;

export type Row = Record<string, unknown>;
