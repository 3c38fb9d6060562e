import type { WritableTable } from './tables.ts';

/** A row an upload wrote, with the data the device sent for it (already validated and applied). */
export interface CommittedRow {
  table: WritableTable;
  id: string;
  data: Readonly<Record<string, unknown>>;
}

/**
 * Work that follows an upload once its transaction committed, for the rows of the tables it names
 * (e.g. scoring the sittings an upload touched). The sync plugin knows no feature: features
 * subscribe here. Best effort: a hook that fails is logged and the upload still succeeds, so a
 * hook must be backed by something that catches misses (the scoring sweep does).
 */
export interface CommitHook {
  /** Names the hook in logs. */
  name: string;
  tables: readonly WritableTable[];
  run(rows: readonly CommittedRow[], userId: string): Promise<void>;
}

/** The hooks of one plugin instance; `dispatch` calls each with its own tables' rows, if any. */
export class CommitHooks {
  private readonly hooks: CommitHook[] = [];

  add(hook: CommitHook): void {
    this.hooks.push(hook);
  }

  async dispatch(rows: readonly CommittedRow[], userId: string, onError: (hook: CommitHook, error: unknown) => void): Promise<void> {
    for (const hook of this.hooks) {
      const mine = rows.filter((r) => hook.tables.includes(r.table));
      if (mine.length === 0) continue;
      await hook.run(mine, userId).catch((error: unknown) => onError(hook, error));
    }
  }
}
