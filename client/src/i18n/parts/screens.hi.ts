import type { screensEn } from './screens.en.ts';

/** Hindi strings of the `screens` namespace (merged into hi.ts). */
export const screensHi: typeof screensEn = {
  rank: {
    heading: 'अनुमानित अखिल भारतीय रैंक',
    range: (best: string, worst: string) => `${best} से ${worst} तक`,
    likely: (rank: string) => `सबसे संभावित लगभग ${rank}`,
    fromBenchmark: 'आपके नवीनतम बेंचमार्क अंकों से, JEE Main 2024 के अंक-से-पर्सेंटाइल आँकड़ों पर।',
    estimate: 'आपके साप्ताहिक और डायग्नोस्टिक टेस्ट से अनुमान (अभी बेंचमार्क नहीं), JEE Main 2024 आँकड़ों पर।',
    percentile: (low: string, high: string) => `राष्ट्रीय पर्सेंटाइल ${low} – ${high}`,
    unknown: 'कम से कम 20 प्रश्नों वाले पहले साप्ताहिक टेस्ट या बेंचमार्क के बाद दिखेगा।',
    cohort: (rank: string, size: string, pct: string) => `आपकी कक्षा में: ${size} में से रैंक ${rank}, पर्सेंटाइल ${pct}`,
    cohortSmall: (size: string, min: string) => `कक्षा रैंक नहीं दिखाई गई: केवल ${size} ने दिया (${min} से इसका अर्थ बनता है)।`,
  },
  mastery: {
    noCorrect: (n: number) => `${n} में से 0 सही — अभी कोई महारत नहीं दिखाई गई`,
    evidence: (correct: number, answered: number) => `${answered} में से ${correct} सही`,
    lastDays: (days: number) => (days === 0 ? 'आख़िरी आज' : days === 1 ? 'आख़िरी कल' : `आख़िरी ${days} दिन पहले`),
    noCorrectBand: 'अभी कोई सही उत्तर नहीं',
    lockedNoMastery: 'बंद — पूर्व-अवधारणाओं में महारत होने पर खुलेगा',
    subjectMeasured: (n: number) => (n === 1 ? 'आपके उत्तर दिए 1 कॉन्सेप्ट से' : `आपके उत्तर दिए ${n} कॉन्सेप्ट से`),
    subjectUnmeasured: 'अभी कोई उत्तर नहीं',
  },
  care: {
    heading: 'आप कैसे हैं',
    fatigue: 'थकान',
    stress: 'तनाव',
    risk: 'बर्नआउट जोखिम',
    calm: 'पिछले दो हफ़्तों की पढ़ाई में कुछ चिंताजनक नहीं।',
    notEnough: 'थोड़ा और पढ़ें, फिर यह कार्ड आपकी पढ़ाई की आदतें दिखाएगा।',
    lighterDay: 'आज हल्का दिन रखें: केवल बकाया दोहराव, कोई नया विषय नहीं।',
    breakNow: 'अगले प्रश्न से पहले स्क्रीन से दूर 15 मिनट का विराम लें।',
    slowDown: 'धीरे चलें: उत्तर देने से पहले पूरा प्रश्न पढ़ें। छोड़ा गया प्रश्न कुछ नहीं घटाता; अनुमान एक अंक घटाता है।',
    talkCoach: 'अपने कोच से बात करें',
    why: 'क्यों',
    reason: {
      rapidGuessing: (pct: number) => `${pct}% उत्तर कुछ ही सेकंड में दिए गए`,
      rushedGuessing: (pct: number) => `${pct}% उत्तर ग़लत थे और 5 सेकंड से कम में दिए गए`,
      fallingAccuracy: (pct: number) => `पिछले हफ़्ते सटीकता ${pct} अंक गिरी`,
      lateNight: (pct: number) => `${pct}% सत्र रात 23:00 से 05:00 के बीच समाप्त हुए`,
      longSessions: (pct: number) => `${pct}% सत्र 2.5 घंटे से लंबे चले`,
      growingBacklog: (pct: number) => `दोहराव का बकाया ${pct}% बढ़ा`,
      brokenStreak: (days: number) => `${days} दिन पहले पढ़ाई का सिलसिला टूटा`,
      sessionGaps: (days: number) => `${days} दिन बिना पढ़ाई`,
    },
  },
  weekly: {
    mainShape: 'JEE Main पैटर्न: हर 25 प्रश्नों में 20 एकल-सही और 5 पूर्णांक-उत्तर वाले संख्यात्मक, +4 / −1।',
    advancedLink: 'इसके बजाय JEE Advanced पैटर्न का टेस्ट दें',
    advancedNote: 'एकल- और बहु-सही (आंशिक अंक), पूर्णांक और दो दशमलव वाले उत्तर।',
  },
  bank: {
    waiting: 'प्रश्न बैंक इस डिवाइस पर डाउनलोड हो रहा है…',
    downloading: (pct: number) => `प्रश्न बैंक इस डिवाइस पर डाउनलोड हो रहा है: ${pct}%`,
  },
};
