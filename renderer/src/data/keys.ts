/**
 * One query key per resource the UI reads from Node. A mutation or a pushed `data:changed` event
 * invalidates keys (data/changes.ts); every mounted screen then re-reads at once.
 */
export const keys = {
  sessions: ['sessions'] as const,
  /** Prefix of every `session(id)` key. */
  allSessions: ['session'] as const,
  session: (id: string) => ['session', id] as const,
  progress: ['progress'] as const,
  settings: ['settings'] as const,
  /** Prefix of both model keys: the Settings list and Practice's readiness. */
  models: ['models'] as const,
  modelList: ['models', 'list'] as const,
  speechReadiness: ['models', 'readiness'] as const,
  dataUsage: ['data-usage'] as const,
  /** Scenario cards carry each scenario's last score, so they follow the sessions. */
  scenarios: ['scenarios'] as const,
  desktop: ['desktop'] as const,
};
