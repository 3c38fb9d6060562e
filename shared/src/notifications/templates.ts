import type { NotificationKind } from './kinds.ts';

/**
 * The words of every notification, in English and Hindi. The server renders a notification
 * once, in the recipient's language, and the same title and body go to the e-mail, the push
 * message and the in-app list. `url` is the app screen the notification opens.
 */

export type Language = 'en' | 'hi';

export interface NotificationParams {
  reviews_due: { due: number };
  benchmark_scheduled: { title: string; opensAt: string; closesAt: string };
  benchmark_opens: { title: string; closesAt: string };
  benchmark_closing: { title: string; closesAt: string };
  benchmark_result: { title: string };
  message_unread: { from: string; minutes: number; role: 'student' | 'coach'; studentId: string };
  streak_at_risk: { streak: number };
  coach_digest: { students: number; inactive: number; burnout: number; results: number; inactiveNames: string[]; burnoutNames: string[] };
}

export interface Rendered {
  title: string;
  body: string;
  url: string;
}

/** A local date-and-time in the reader's zone and language, e.g. "Sun, 6 Dec, 10:00 am" / "रवि, 6 दिस॰, 10:00 am". */
export function formatWhen(iso: string, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(Date.parse(iso));
}

const list = (names: string[], more: number, lang: Language) =>
  names.length === 0 ? '' : `${names.join(', ')}${more > names.length ? (lang === 'hi' ? ` और ${more - names.length} अन्य` : ` and ${more - names.length} more`) : ''}`;

type Renderers = { [K in NotificationKind]: (p: NotificationParams[K], tz: string) => Omit<Rendered, 'url'> };

const en: Renderers = {
  reviews_due: (p) => ({
    title: p.due === 1 ? '1 review is due today' : `${p.due} reviews are due today`,
    body: 'A few minutes now keeps what you learned from fading. Open Cognitive Resonance to review.',
  }),
  benchmark_scheduled: (p, tz) => ({
    title: `Benchmark scheduled: ${p.title}`,
    body: `The window opens ${formatWhen(p.opensAt, 'en', tz)} and closes ${formatWhen(p.closesAt, 'en', tz)}.`,
  }),
  benchmark_opens: (p, tz) => ({
    title: `Benchmark open now: ${p.title}`,
    body: `You can take it until ${formatWhen(p.closesAt, 'en', tz)}.`,
  }),
  benchmark_closing: (p, tz) => ({
    title: `Benchmark closes within the hour: ${p.title}`,
    body: `The window closes ${formatWhen(p.closesAt, 'en', tz)}. Submit before then for your rank to count.`,
  }),
  benchmark_result: (p) => ({
    title: `Your result is out: ${p.title}`,
    body: 'Your score, rank and percentile are ready, with the answer key and solutions.',
  }),
  message_unread: (p) => ({
    title: `Unread message from ${p.from}`,
    body: `${p.from} wrote to you ${p.minutes} minutes ago and it is still unread.`,
  }),
  streak_at_risk: (p) => ({
    title: `Your ${p.streak}-day streak ends tonight`,
    body: 'You have not studied today yet. One short session keeps the streak going.',
  }),
  coach_digest: (p) => ({
    title: `Weekly digest: ${p.students} students`,
    body: [
      `Inactive for 7 days: ${p.inactive}${p.inactive ? ` (${list(p.inactiveNames, p.inactive, 'en')})` : ''}.`,
      `Burnout alerts: ${p.burnout}${p.burnout ? ` (${list(p.burnoutNames, p.burnout, 'en')})` : ''}.`,
      `Benchmark results this week: ${p.results}.`,
    ].join('\n'),
  }),
};

const hi: Renderers = {
  reviews_due: (p) => ({
    title: `आज ${p.due} पुनरावृत्ति बाकी हैं`,
    body: 'अभी कुछ मिनट दोहराने से सीखा हुआ याद रहता है। दोहराने के लिए Cognitive Resonance खोलें।',
  }),
  benchmark_scheduled: (p, tz) => ({
    title: `बेंचमार्क तय हुआ: ${p.title}`,
    body: `विंडो ${formatWhen(p.opensAt, 'hi', tz)} को खुलेगी और ${formatWhen(p.closesAt, 'hi', tz)} को बंद होगी।`,
  }),
  benchmark_opens: (p, tz) => ({
    title: `बेंचमार्क अब खुला है: ${p.title}`,
    body: `आप इसे ${formatWhen(p.closesAt, 'hi', tz)} तक दे सकते हैं।`,
  }),
  benchmark_closing: (p, tz) => ({
    title: `बेंचमार्क एक घंटे में बंद होगा: ${p.title}`,
    body: `विंडो ${formatWhen(p.closesAt, 'hi', tz)} को बंद होगी। रैंक गिनी जाए, इसके लिए उससे पहले जमा करें।`,
  }),
  benchmark_result: (p) => ({
    title: `आपका परिणाम आ गया: ${p.title}`,
    body: 'आपके अंक, रैंक और पर्सेंटाइल तैयार हैं, उत्तर कुंजी और हल के साथ।',
  }),
  message_unread: (p) => ({
    title: `${p.from} का संदेश अनपढ़ा है`,
    body: `${p.from} ने ${p.minutes} मिनट पहले आपको लिखा था, और वह अभी तक अनपढ़ा है।`,
  }),
  streak_at_risk: (p) => ({
    title: `आपकी ${p.streak} दिन की लगातार पढ़ाई आज रात टूट जाएगी`,
    body: 'आपने आज अभी तक नहीं पढ़ा है। एक छोटा सत्र इसे जारी रखेगा।',
  }),
  coach_digest: (p) => ({
    title: `साप्ताहिक सारांश: ${p.students} छात्र`,
    body: [
      `7 दिन से निष्क्रिय: ${p.inactive}${p.inactive ? ` (${list(p.inactiveNames, p.inactive, 'hi')})` : ''}।`,
      `बर्नआउट चेतावनी: ${p.burnout}${p.burnout ? ` (${list(p.burnoutNames, p.burnout, 'hi')})` : ''}।`,
      `इस सप्ताह के बेंचमार्क परिणाम: ${p.results}।`,
    ].join('\n'),
  }),
};

function urlFor<K extends NotificationKind>(kind: K, params: NotificationParams[K]): string {
  switch (kind) {
    case 'reviews_due':
    case 'streak_at_risk':
      return '/practice';
    case 'benchmark_scheduled':
    case 'benchmark_opens':
    case 'benchmark_closing':
    case 'benchmark_result':
      return '/tests';
    case 'message_unread': {
      const p = params as NotificationParams['message_unread'];
      // The recipient's screen: a student reads their coach's thread, a coach the student's page.
      return p.role === 'student' ? '/messages' : `/coach/students/${p.studentId}`;
    }
    default:
      return '/';
  }
}

export function renderNotification<K extends NotificationKind>(kind: K, params: NotificationParams[K], lang: Language, timeZone: string): Rendered {
  const r = (lang === 'hi' ? hi : en)[kind] as (p: NotificationParams[K], tz: string) => Omit<Rendered, 'url'>;
  return { ...r(params, timeZone), url: urlFor(kind, params) };
}

/** Words of the e-mail frame around a notification (footer, unsubscribe). */
export const MAIL_FRAME: Record<Language, { open: string; why: string; unsubscribeKind: string; unsubscribeAll: string; settings: string; unsubscribedTitle: string; unsubscribedKind: string; unsubscribedAll: string; badLink: string }> = {
  en: {
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribedKind: 'You will no longer get these e-mails:',
    unsubscribedAll: 'You will no longer get any e-mails from Cognitive Resonance. Notifications in the app are unchanged.',
    badLink: 'This unsubscribe link is not valid. Open Settings in the app to choose which e-mails you get.',
    open: 'Open in the app',
    why: 'You get this e-mail because notifications of this kind are on in your Cognitive Resonance settings.',
    unsubscribeKind: 'Stop e-mails like this',
    unsubscribeAll: 'Stop all e-mails from Cognitive Resonance',
    settings: 'Choose what you receive in Settings',
  },
  hi: {
    unsubscribedTitle: 'आपकी सदस्यता बंद हो गई',
    unsubscribedKind: 'अब आपको ये ई-मेल नहीं मिलेंगे:',
    unsubscribedAll: 'अब आपको Cognitive Resonance से कोई ई-मेल नहीं मिलेगा। ऐप की सूचनाएँ पहले जैसी रहेंगी।',
    badLink: 'यह लिंक मान्य नहीं है। कौन-से ई-मेल मिलें, यह ऐप की सेटिंग में चुनें।',
    open: 'ऐप में खोलें',
    why: 'आपको यह ई-मेल इसलिए मिला क्योंकि Cognitive Resonance की सेटिंग में इस तरह की सूचनाएँ चालू हैं।',
    unsubscribeKind: 'इस तरह के ई-मेल बंद करें',
    unsubscribeAll: 'Cognitive Resonance के सभी ई-मेल बंद करें',
    settings: 'क्या मिले, यह सेटिंग में चुनें',
  },
};

/** A short name of each kind, for settings and the unsubscribe page. */
export const KIND_LABELS: Record<Language, Record<NotificationKind, string>> = {
  en: {
    reviews_due: 'Daily review reminder',
    benchmark_scheduled: 'Benchmark scheduled',
    benchmark_opens: 'Benchmark opens',
    benchmark_closing: 'Benchmark closes in 1 hour',
    benchmark_result: 'Benchmark result released',
    message_unread: 'Unread message',
    streak_at_risk: 'Streak at risk',
    coach_digest: 'Weekly coach digest',
  },
  hi: {
    reviews_due: 'रोज़ की पुनरावृत्ति याद दिलाना',
    benchmark_scheduled: 'बेंचमार्क तय हुआ',
    benchmark_opens: 'बेंचमार्क खुला',
    benchmark_closing: 'बेंचमार्क 1 घंटे में बंद',
    benchmark_result: 'बेंचमार्क परिणाम जारी',
    message_unread: 'अनपढ़ा संदेश',
    streak_at_risk: 'लगातार पढ़ाई टूटने वाली है',
    coach_digest: 'कोच का साप्ताहिक सारांश',
  },
};
