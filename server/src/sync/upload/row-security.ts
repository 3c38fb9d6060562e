import type pg from 'pg';

/**
 * The two independent layers that keep one student's upload out of another student's rows:
 * `code` — the upload code's own checks (owner of the row and of every row it references);
 * `rls` — the upload transaction runs as the role cr_device_writer with app.user_id set, so the
 * policies of the row-security migration refuse other students' rows whatever the code does.
 * Both are always on in a running server; switching one off exists only so tests can prove each
 * layer holds alone, and buildApp refuses it when NODE_ENV is production.
 */
export interface UploadGuards {
  code: boolean;
  rls: boolean;
}

export const ALL_GUARDS: UploadGuards = { code: true, rls: true };

export const DEVICE_ROLE = 'cr_device_writer';

/**
 * Switches the caller's open transaction to the device role for `userId`. Both settings are
 * transaction-local: they end with the transaction, so a pooled connection never keeps them.
 */
export async function enterDeviceRole(client: pg.PoolClient, userId: string): Promise<void> {
  await client.query("SELECT set_config('app.user_id', $1, true)", [userId]);
  await client.query(`SET LOCAL ROLE ${DEVICE_ROLE}`);
}

/** True when this database user may switch to the device role (a member, or a superuser). */
export async function canUseDeviceRole(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ ok: boolean }>(
    `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN pg_has_role(current_user, $1, 'MEMBER') ELSE false END AS ok`,
    [DEVICE_ROLE],
  );
  return rows[0]?.ok === true;
}
