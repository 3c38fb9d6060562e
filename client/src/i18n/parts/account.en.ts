/** English sentences for sign-in protection and account-status errors (merged into errors.code). */
export const accountCodesEn = {
  LOGIN_DELAYED: 'Too many wrong passwords for this email. Wait a few minutes, then try again with the right one.',
  ACCOUNT_DISABLED: 'This account is switched off. Ask your coaching centre to turn it back on.',
};
