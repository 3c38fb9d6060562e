import type { uploadEn } from './upload.en.ts';

/** Hindi strings of the `upload` namespace (merged into hi.ts); same keys as upload.en.ts. */
export const uploadHi: typeof uploadEn = {
  reason: {
    SEALED_QUESTIONS: 'इस पेपर में ऐसे बेंचमार्क के प्रश्न हैं जिनके उत्तर अभी जारी नहीं हुए, इसलिए इसे अंक नहीं दिए जा सकते',
    BAD_TEXT: 'किसी उत्तर में ऐसे अक्षर थे जो सहेजे नहीं जा सकते (या वह बहुत बड़ा था)',
    FORBIDDEN: 'यह किसी दूसरे खाते का है',
    NOT_FOUND: 'जिस टेस्ट का यह हिस्सा है, वह सर्वर पर नहीं है',
    VALIDATION: 'कोई मान अपेक्षित रूप में नहीं था',
    HLC_FROM_FUTURE: 'इस डिवाइस की घड़ी बहुत आगे है; तारीख और समय ठीक करें',
    CONSTRAINT: 'सर्वर इसे सहेज नहीं सका',
    OP_NOT_ALLOWED: 'यह बदलाव अनुमत नहीं है',
    TABLE_NOT_WRITABLE: 'यह बदलाव अनुमत नहीं है',
  },
};
