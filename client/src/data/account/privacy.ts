import type { ConsentInfo, DeletionPreview, DeletionStatus, GuardianLink } from '@cr/shared';
import type { DataExport } from '@cr/shared/schemas/api-user';
import { apiRequest } from './api.ts';
import { session } from './current-session.ts';

/** Account deletion, the server export and guardian consent (server routes in docs/data-rights.md). */

export const deletionPreview = () => session.authed<DeletionPreview>('/api/user/account/deletion-preview');

/** Starts the grace period; the session is revoked by the server, so the caller ends it after. */
export const requestDeletion = (password: string) => session.authed<DeletionStatus>('/api/user/account', { method: 'DELETE', body: { password } });

export const serverExport = () => session.authed<DataExport>('/api/user/data-export');

export const consentInfo = () => session.authed<ConsentInfo>('/api/user/consent');
export const resendGuardianLink = (guardianEmail: string) =>
  session.authed<ConsentInfo>('/api/user/consent/guardian', { method: 'POST', body: { guardian_email: guardianEmail } });

/** The guardian's side: the e-mailed token is the credential (sent in a body, never a URL the server logs). */
export const guardian = {
  describe: (token: string) => apiRequest<GuardianLink>('/api/consent/guardian/describe', { method: 'POST', body: { token } }),
  confirm: (token: string) => apiRequest<GuardianLink>('/api/consent/guardian/confirm', { method: 'POST', body: { token } }),
  withdraw: (token: string) => apiRequest<GuardianLink>('/api/consent/guardian/withdraw', { method: 'POST', body: { token } }),
  deleteAccount: (token: string) => apiRequest<DeletionStatus>('/api/consent/guardian/delete-account', { method: 'POST', body: { token } }),
};

/** Saves JSON as a file download. */
export function downloadJson(data: unknown, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
