/** Results of archive operations, shared with the IPC contract and the UI (type-only: no Node here). */

/** What an export wrote. */
export interface ExportResult {
  id: string;
  path: string;
  files: string[];
  bytes: number;
}

/** How an import ended: stored under `id` (renamed when the id was taken), or already present unchanged. */
export interface ImportResult {
  id: string;
  status: 'imported' | 'renamed' | 'already-present';
  files: string[];
  /** The session's scenario title and start time, for a plain message that names it without its id. */
  scenarioTitle: string;
  startedAt: string;
}

/** What a retention pass did. Sessions that cannot be read are never deleted, only reported. */
export interface RetentionResult {
  deleted: string[];
  kept: number;
  skipped: { id: string; message: string }[];
}
