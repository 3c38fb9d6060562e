import { LWW_FIELDS, SITTING_STATUS_RANK } from '@cr/shared/schemas/sync';
import { DEVICE_WRITABLE_TABLES, type DeviceWritableTable } from '@cr/shared/schemas/sync-tables';
import type { LwwSpec } from './lww.ts';

export {
  attemptSchema,
  hlcSchema,
  profileSchema,
  sittingCreateSchema,
  sittingPatchSchema,
  SITTING_STATUS_RANK,
  stampsSchema,
  telemetrySchema,
} from '@cr/shared/schemas/sync';

/**
 * What a device may write, per table: the tables and merged fields come from the sync contract
 * (shared/src/schemas/sync-tables.ts), the row schemas from shared/src/schemas/sync.ts.
 * Everything not listed there (content, derived tables, cohorts, upload errors, answer keys) is
 * refused. Security: the student id of every written row is the caller's `sub`, never a value
 * from the device.
 */

export const SITTING_LWW: LwwSpec = {
  fields: LWW_FIELDS.test_sittings,
  forwardOnly: { status: SITTING_STATUS_RANK },
};

export const PROFILE_LWW: LwwSpec = {
  fields: LWW_FIELDS.users,
};

export const WRITABLE_TABLES: readonly DeviceWritableTable[] = DEVICE_WRITABLE_TABLES;
export type WritableTable = DeviceWritableTable;
export const isWritable = (t: string): t is WritableTable => (WRITABLE_TABLES as readonly string[]).includes(t);
