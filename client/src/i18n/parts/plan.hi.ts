import type { planEn } from './plan.en.ts';

/** Hindi strings of the `plan` namespace (merged into hi.ts); same keys as plan.en.ts. */
export const planHi: typeof planEn = {
  minutes: (n: number) => `${n} मिनट`,
  summary: (planned: number, budget: number) => `आज आपके ${budget} मिनट में से ${planned} मिनट की योजना`,
  deferred: (n: number) =>
    n === 1 ? '1 दोहराव दूसरे दिन के लिए रखा गया: आज का समय उन पर जो आप सबसे जल्दी भूल सकते हैं।' : `${n} दोहराव दूसरे दिनों के लिए रखे गए: आज का समय उन पर जो आप सबसे जल्दी भूल सकते हैं।`,
  heldBack: {
    phase: 'अंतिम दौर में कोई नया कॉन्सेप्ट नहीं: जो आता है उसे दोहराइए।',
    backlog: 'आज कोई नया कॉन्सेप्ट नहीं: पहले बकाया दोहराव पूरे कीजिए।',
    load: 'आज कोई नया कॉन्सेप्ट नहीं: आपके तय समय का बड़ा हिस्सा दोहराव में जा रहा है।',
  },
  reason: {
    due: (recallPct: number) => `दोहराने का समय: याद रहने की संभावना लगभग ${recallPct}%`,
    covers: (n: number) => (n === 1 ? 'इससे 1 पिछले कॉन्सेप्ट का दोहराव भी हो जाता है' : `इससे ${n} पिछले कॉन्सेप्ट का दोहराव भी हो जाता है`),
    coversOnly: (n: number) => `अभी बाकी नहीं, पर इसके अभ्यास से ${n} बकाया पिछले कॉन्सेप्ट एक साथ दोहराए जाते हैं`,
    strengthen: (recallPct: number) => `मज़बूत कीजिए: अभी लगभग ${recallPct}% याद, तय दिन से पहले दोहराव`,
    weak: (masteryPct: number) => `फिर से अभ्यास: अब तक ${masteryPct}% महारत, अभी सीखा नहीं गया`,
    newMastered: 'नया: जिन पर यह टिका है, वे आप दिखा चुके हैं',
    newFoundation: 'नया: शुरुआती कॉन्सेप्ट, इसके लिए पहले कुछ नहीं चाहिए',
    unlocks: (n: number) => (n === 1 ? '1 और कॉन्सेप्ट खोलता है' : `${n} और कॉन्सेप्ट खोलता है`),
  },
  settings: {
    heading: 'रोज़ की पढ़ाई की योजना',
    lead: 'आप रोज़ कितनी देर पढ़ना चाहते हैं और कितना याद रखना चाहते हैं। आपकी योजना इसी में बनती है।',
    minutesLabel: 'रोज़ के मिनट',
    minutesHint: (min: number, max: number) => `${min}–${max} मिनट। खाली छोड़ें तो आपकी तैयारी के चरण का सामान्य समय लगेगा।`,
    retentionLabel: 'कितना याद रखना है',
    retentionHint: 'ज़्यादा चुनने पर दोहराव ज़्यादा होंगे। सामान्य लक्ष्य 90% याद रखना है।',
    retentionDefault: 'सामान्य (90%)',
    retentionOption: (pct: number) => `${pct}% याद`,
    save: 'सहेजें',
    saved: 'सहेज लिया। आपकी योजना अब इन सेटिंग्स से बनेगी।',
    invalidMinutes: (min: number, max: number) => `${min} से ${max} के बीच पूरे मिनट लिखिए, या खाली छोड़िए।`,
    saveFailed: 'इस डिवाइस पर आपकी सेटिंग्स सहेजी नहीं जा सकीं।',
  },
};
