import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { column, PowerSyncDatabase, Schema, Table } from '@powersync/node';
import { NodeConnector, type ConnectorOptions } from '../sync/helpers/connector.ts';
import { hlc, uuidv7 } from '../sync/helpers/rows.ts';

/** The coaching tables of the device schema (client/src/data/coach.ts mirrors them). */
export const coachingSchema = new Schema({
  cohorts: new Table({ name: column.text, standard: column.integer, created_at: column.text }),
  cohort_members: new Table({ cohort_id: column.text, student_id: column.text, joined_at: column.text }),
  cohort_coaches: new Table({ cohort_id: column.text, coach_id: column.text, coach_name: column.text }),
  units: new Table({ subject: column.text, title: column.text, ordinal: column.integer }),
  cohort_student_summary: new Table({
    cohort_id: column.text,
    student_id: column.text,
    display_name: column.text,
    unit_mastery: column.text,
    overall_mastery: column.real,
    attempts_7d: column.integer,
    last_active_at: column.text,
    latest_result: column.text,
    burnout_risk: column.real,
    burnout_reasons: column.text,
    flags: column.text,
    computed_at: column.text,
  }),
  chat_messages: new Table({
    cohort_id: column.text,
    student_id: column.text,
    coach_id: column.text,
    sender_id: column.text,
    body: column.text,
    hlc: column.text,
    sent_at: column.text,
    received_at: column.text,
    read_at: column.text,
  }),
});

export interface CoachingDevice {
  db: PowerSyncDatabase;
  connector: NodeConnector;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  close(): Promise<void>;
  /** Writes a message locally (works offline); returns its client-generated UUIDv7. */
  send(msg: { studentId: string; coachId: string; senderId: string; body: string }): Promise<string>;
  settled(timeoutMs?: number): Promise<void>;
}

/** A device with its own SQLite file, the real SDK and the tests' connector. */
export async function openCoachingDevice(opts: ConnectorOptions): Promise<CoachingDevice> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-coach-'));
  const db = new PowerSyncDatabase({ schema: coachingSchema, database: { dbFilename: `${path.basename(dir)}.db`, dbLocation: dir } });
  await db.init();
  const connector = new NodeConnector(opts);
  return {
    db,
    connector,
    connect: () => db.connect(connector, { retryDelayMs: 250, crudUploadThrottleMs: 0 }),
    disconnect: () => db.disconnect(),
    async close() {
      await db.disconnect().catch(() => undefined);
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
    async send({ studentId, coachId, senderId, body }) {
      const id = uuidv7();
      await db.execute('INSERT INTO chat_messages (id, student_id, coach_id, sender_id, body, hlc, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        studentId,
        coachId,
        senderId,
        body,
        hlc(senderId.slice(0, 8)),
        new Date().toISOString(),
      ]);
      return id;
    },
    async settled(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status = db.currentStatus;
        const pending = await db.getAll<{ n: number }>('SELECT count(*) AS n FROM ps_crud');
        // ps_crud empties only after the server answered 2xx to the upload (complete()).
        if (status.connected && status.hasSynced && !status.dataFlowStatus.downloading && !status.dataFlowStatus.uploading && pending[0]?.n === 0) return;
        if (Date.now() > deadline) throw new Error(`device did not settle (pending=${pending[0]?.n})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}
