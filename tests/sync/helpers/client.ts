import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { column, PowerSyncDatabase, Schema, Table, type SyncStatus } from '@powersync/node';
import { NodeConnector, type ConnectorOptions } from './connector.ts';

/** The device schema for tests (the PWA's lives in client/src/data/ and matches it). */
export const testSchema = new Schema({
  concepts: new Table({ name: column.text, subject: column.text, unit: column.text, layer: column.integer, difficulty: column.integer, exam_weight: column.real, description: column.text, updated_at: column.text }),
  prerequisites: new Table({ concept_id: column.text, prerequisite_id: column.text, weight: column.real, criticality: column.text, transfer: column.real }),
  questions: new Table({ subject: column.text, primary_concept_id: column.text, secondary_concept_ids: column.text, type: column.text, text: column.text, options: column.text, answer: column.text, tolerance: column.real, explanation: column.text, difficulty: column.integer, source: column.text, year: column.integer, image_urls: column.text, updated_at: column.text }),
  users: new Table({ full_name: column.text, phone: column.text, standard: column.integer, coaching_center: column.text, exam_target: column.text, language: column.text, role: column.text, field_hlc: column.text }),
  attempts: new Table({ student_id: column.text, sitting_id: column.text, question_id: column.text, concept_id: column.text, answer: column.text, is_correct: column.integer, response_time_ms: column.integer, device_time: column.text, hlc: column.text, received_at: column.text }),
  test_sittings: new Table({ student_id: column.text, test_id: column.text, test_type: column.text, pattern: column.text, question_ids: column.text, status: column.text, started_at: column.text, submitted_at: column.text, duration_limit_s: column.integer, field_hlc: column.text, received_at: column.text }),
  student_mastery: new Table({ student_id: column.text, concept_id: column.text, mastery_level: column.real }),
  test_results: new Table({ student_id: column.text, sitting_id: column.text, total_score: column.integer }),
  question_responses: new Table({ student_id: column.text, test_result_id: column.text, question_id: column.text }),
  student_performance_metrics: new Table({ student_id: column.text, overall_mastery: column.real }),
  sync_upload_errors: new Table({ user_id: column.text, client_id: column.text, op: column.text, table_name: column.text, row_id: column.text, data: column.text, error_code: column.text, message: column.text, created_at: column.text }),
  cohorts: new Table({ name: column.text, standard: column.integer, created_at: column.text }),
  cohort_members: new Table({ cohort_id: column.text, student_id: column.text, joined_at: column.text }),
  benchmark_answer_keys: new Table({ benchmark_id: column.text, question_id: column.text, answer: column.text, explanation: column.text, released_at: column.text }),
  telemetry: new Table({ time: column.text, student_id: column.text, event_type: column.text, data: column.text }, { insertOnly: true }),
});

export interface Device {
  db: PowerSyncDatabase;
  connector: NodeConnector;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when a full checkpoint is applied and the upload queue is empty. */
  settled(timeoutMs?: number): Promise<void>;
}

const dirs: string[] = [];

/** A device: its own SQLite file, the real SDK, our connector. */
export async function openDevice(opts: ConnectorOptions & { retryDelayMs?: number }): Promise<Device> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-sync-'));
  dirs.push(dir);
  const db = new PowerSyncDatabase({ schema: testSchema, database: { dbFilename: `${path.basename(dir)}.db`, dbLocation: dir } });
  await db.init();
  const connector = new NodeConnector(opts);
  const connectOptions = { retryDelayMs: opts.retryDelayMs ?? 250, crudUploadThrottleMs: 0 };
  return {
    db,
    connector,
    connect: () => db.connect(connector, connectOptions),
    disconnect: () => db.disconnect(),
    async close() {
      await db.disconnect().catch(() => undefined);
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async settled(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status: SyncStatus = db.currentStatus;
        const pending = await db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud');
        const applied = await db.getAll<{ n: number }>(
          "SELECT count(*) AS n FROM ps_buckets WHERE name = '$local' AND target_op > last_op",
        );
        if (status.connected && status.hasSynced && !status.dataFlowStatus.downloading && pending[0]?.n === 0 && applied[0]?.n === 0) {
          return;
        }
        if (Date.now() > deadline) throw new Error(`device did not settle: ${JSON.stringify({ connected: status.connected, hasSynced: status.hasSynced, downloading: status.dataFlowStatus.downloading })} pending=${pending[0]?.n}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
