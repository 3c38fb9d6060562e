import type { accountCodesEn } from './account.en.ts';

/** Hindi sentences for sign-in protection and account-status errors (merged into errors.code). */
export const accountCodesHi: typeof accountCodesEn = {
  LOGIN_DELAYED: 'इस ईमेल के लिए बहुत बार गलत पासवर्ड डाला गया। कुछ मिनट रुकें, फिर सही पासवर्ड से कोशिश करें।',
  ACCOUNT_DISABLED: 'यह खाता बंद कर दिया गया है। इसे फिर से चालू करने के लिए अपने कोचिंग सेंटर से कहें।',
};
