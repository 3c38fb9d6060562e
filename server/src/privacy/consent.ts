import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { DomainError, PRIVACY_NOTICE_VERSION, type ConsentInfo, type ConsentStatus, type GuardianLink } from '@cr/shared';
import { refreshCohortSummaries } from '../coaching/summary.ts';
import { withTransaction } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';

type Queryable = pg.Pool | pg.PoolClient;

export interface ConsentOptions {
  /** Origin of the app; the guardian's link opens `${publicUrl}/guardian?token=…`. */
  publicUrl: string;
  linkTtlHours: number;
  mailer: Pick<Mailer, 'send'> | null;
  log?: { warn: (obj: object, msg: string) => void };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** r***@example.com: enough for the student to recognise the address, not to harvest it. */
export function maskEmail(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** Whether the server may process this account's data (a minor without a guardian's consent: no). */
export function processingAllowed(status: ConsentStatus): boolean {
  return status === 'not_required' || status === 'granted';
}

/** The account's consent status; null for an unknown account. */
export async function consentStatusOf(db: Queryable, userId: string): Promise<ConsentStatus | null> {
  const { rows } = await db.query<{ consent_status: ConsentStatus }>('SELECT consent_status FROM users WHERE id = $1', [userId]);
  return rows[0]?.consent_status ?? null;
}

/**
 * Guardian consent for students under 18 (DPDP Act 2023, s. 9): a link e-mailed to the guardian
 * confirms or withdraws; every step is a consent_events row with the notice version. Until the
 * guardian confirms, the device keeps the student's work and the server processes none of it.
 */
export function createConsentService(pool: pg.Pool, opts: ConsentOptions) {
  async function createLink(q: Queryable, userId: string, guardianEmail: string, actor: 'student' | 'admin', ip: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await q.query(
      `INSERT INTO guardian_consents (user_id, guardian_email, token_hash, notice_version, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [userId, guardianEmail, hashToken(token), PRIVACY_NOTICE_VERSION, opts.linkTtlHours],
    );
    await q.query(
      `INSERT INTO consent_events (user_id, event, actor, guardian_email, notice_version, ip_address) VALUES ($1, 'requested', $2, $3, $4, $5)`,
      [userId, actor, guardianEmail, PRIVACY_NOTICE_VERSION, ip],
    );
    return token;
  }

  /** Sends the link; a failure is logged and the student can send it again from Settings. */
  async function mail(guardianEmail: string, studentName: string, token: string): Promise<boolean> {
    if (!opts.mailer) {
      opts.log?.warn({}, 'no mailer configured: the guardian consent link was not sent');
      return false;
    }
    const link = `${opts.publicUrl.replace(/\/$/, '')}/guardian?token=${token}`;
    const text = [
      `${studentName} has signed up to Cognitive Resonance, a study app for JEE, and gave your address as their parent or guardian.`,
      '',
      'Because they are under 18, we process their study data on our server (syncing between devices, their coach seeing their progress,',
      'monthly benchmark ranks, study-strain signals) only with your consent. Until then the app works only on their own device.',
      '',
      `Read what we keep and for how long, and give or refuse consent: ${link}`,
      `The same link lets you withdraw consent later. It is valid for ${opts.linkTtlHours} hours. Privacy notice version ${PRIVACY_NOTICE_VERSION}.`,
      '',
      '—',
      `${studentName} ने Cognitive Resonance (JEE की तैयारी का ऐप) पर खाता बनाया है और आपको अभिभावक बताया है। 18 वर्ष से कम आयु के कारण,`,
      `हम उनका डेटा सर्वर पर आपकी सहमति के बाद ही संसाधित करते हैं। सहमति देने या न देने के लिए: ${link}`,
    ].join('\n');
    try {
      await opts.mailer.send({ to: guardianEmail, subject: `Consent for ${studentName} on Cognitive Resonance`, text });
      return true;
    } catch (err) {
      opts.log?.warn({ err }, 'guardian consent e-mail failed; the student can resend it');
      return false;
    }
  }

  async function findLink(token: string) {
    const { rows } = await pool.query<{ id: string; user_id: string; guardian_email: string; expires_at: Date; withdrawn_at: Date | null; consent_status: ConsentStatus; name: string }>(
      `SELECT g.id, g.user_id, g.guardian_email, g.expires_at, g.withdrawn_at, u.consent_status,
              coalesce(nullif(u.full_name, ''), split_part(u.email, '@', 1)) AS name
         FROM guardian_consents g JOIN users u ON u.id = g.user_id
        WHERE g.token_hash = $1`,
      [hashToken(token)],
    );
    const link = rows[0];
    if (!link) throw new DomainError('NOT_FOUND', 'this consent link is not valid (a newer one may have been sent)', 'token');
    return link;
  }

  return {
    /** Sign-up of a minor: marks the account pending and creates the link (call inside the sign-up transaction). */
    async startForMinor(q: pg.PoolClient, userId: string, dateOfBirth: string, guardianEmail: string, ip: string | null): Promise<string> {
      await q.query(`UPDATE users SET date_of_birth = $2, consent_status = 'pending' WHERE id = $1`, [userId, dateOfBirth]);
      return createLink(q, userId, guardianEmail, 'student', ip);
    },
    recordAdultBirthDate: async (q: pg.PoolClient, userId: string, dateOfBirth: string) => {
      await q.query('UPDATE users SET date_of_birth = $2 WHERE id = $1', [userId, dateOfBirth]);
    },
    mail,

    async info(userId: string): Promise<ConsentInfo> {
      const { rows } = await pool.query<{ consent_status: ConsentStatus; dob: string | null; guardian_email: string | null; sent_at: Date | null }>(
        `SELECT u.consent_status, to_char(u.date_of_birth, 'YYYY-MM-DD') AS dob, g.guardian_email, g.sent_at
           FROM users u LEFT JOIN LATERAL (SELECT guardian_email, sent_at FROM guardian_consents WHERE user_id = u.id ORDER BY sent_at DESC LIMIT 1) g ON true
          WHERE u.id = $1`,
        [userId],
      );
      const row = rows[0];
      if (!row) throw new DomainError('NOT_FOUND', 'account not found');
      return {
        consent_status: row.consent_status,
        date_of_birth: row.dob,
        guardian_email: row.guardian_email ? maskEmail(row.guardian_email) : null,
        link_sent_at: row.sent_at?.toISOString() ?? null,
        notice_version: PRIVACY_NOTICE_VERSION,
      };
    },

    /** The student (re)sends the link, to the same or a corrected guardian address. */
    async resend(userId: string, guardianEmail: string, ip: string | null): Promise<ConsentInfo> {
      const { rows } = await pool.query<{ consent_status: ConsentStatus; name: string }>(
        `SELECT consent_status, coalesce(nullif(full_name, ''), split_part(email, '@', 1)) AS name FROM users WHERE id = $1`,
        [userId],
      );
      const row = rows[0];
      if (!row) throw new DomainError('NOT_FOUND', 'account not found');
      if (row.consent_status === 'not_required' || row.consent_status === 'granted') {
        throw new DomainError('CONFLICT', 'no guardian consent is needed for this account');
      }
      // Security: a guardian's withdrawal is theirs to reverse, never the student's (who could
      // otherwise send a link to an address they control and confirm it themselves).
      if (row.consent_status === 'withdrawn') {
        throw new DomainError('FORBIDDEN', 'your guardian withdrew consent; only they can give it again');
      }
      const token = await withTransaction(pool, async (q) => {
        // One open link at a time: a new one ends the confirmability of the earlier ones.
        await q.query('UPDATE guardian_consents SET expires_at = least(expires_at, now()) WHERE user_id = $1 AND confirmed_at IS NULL AND withdrawn_at IS NULL', [userId]);
        return createLink(q, userId, guardianEmail, 'student', ip);
      });
      await mail(guardianEmail, row.name, token);
      return this.info(userId);
    },

    /** What the guardian's page shows before they choose. */
    async describe(token: string): Promise<GuardianLink> {
      const link = await findLink(token);
      return { student_name: link.name, consent_status: link.consent_status, notice_version: PRIVACY_NOTICE_VERSION, expires_at: link.expires_at.toISOString() };
    },

    /** The guardian confirms: processing starts, and the device's held uploads go through on its next try. */
    async confirm(token: string, ip: string | null): Promise<GuardianLink> {
      const link = await findLink(token);
      if (link.expires_at.getTime() <= Date.now()) throw new DomainError('VALIDATION_ERROR', 'this consent link has expired; the student can send a new one', 'token');
      if (link.withdrawn_at) throw new DomainError('CONFLICT', 'consent was withdrawn with this link', 'token');
      await withTransaction(pool, async (q) => {
        await q.query('UPDATE guardian_consents SET confirmed_at = coalesce(confirmed_at, now()) WHERE id = $1', [link.id]);
        await q.query(`UPDATE users SET consent_status = 'granted' WHERE id = $1 AND consent_status IN ('pending', 'withdrawn')`, [link.user_id]);
        await refreshCohortSummaries(q, { studentIds: [link.user_id] });
        await q.query(
          `INSERT INTO consent_events (user_id, event, actor, guardian_email, notice_version, ip_address) VALUES ($1, 'granted', 'guardian', $2, $3, $4)`,
          [link.user_id, link.guardian_email, PRIVACY_NOTICE_VERSION, ip],
        );
      });
      return this.describe(token);
    },

    /**
     * The guardian withdraws (the link keeps working for this after it expired): the server stops
     * processing at once; the guardian's page then offers deleting the account.
     */
    async withdraw(token: string, ip: string | null): Promise<GuardianLink> {
      const link = await findLink(token);
      await withTransaction(pool, async (q) => {
        await q.query('UPDATE guardian_consents SET withdrawn_at = coalesce(withdrawn_at, now()) WHERE id = $1', [link.id]);
        await q.query(`UPDATE users SET consent_status = 'withdrawn' WHERE id = $1 AND consent_status <> 'not_required'`, [link.user_id]);
        // Their coaches stop seeing them at once.
        await refreshCohortSummaries(q, { studentIds: [link.user_id] });
        await q.query(
          `INSERT INTO consent_events (user_id, event, actor, guardian_email, notice_version, ip_address) VALUES ($1, 'withdrawn', 'guardian', $2, $3, $4)`,
          [link.user_id, link.guardian_email, PRIVACY_NOTICE_VERSION, ip],
        );
      });
      return this.describe(token);
    },

    /** The account the link is for (the guardian may ask for its deletion). */
    userOfLink: async (token: string) => (await findLink(token)).user_id,
  };
}
export type ConsentService = ReturnType<typeof createConsentService>;
