import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS, notificationPreferencesSchema, DEFAULT_NOTIFICATION_PREFERENCES } from './kinds.ts';
import { SAMPLE_PARAMS } from './sample-params.ts';
import { renderNotification } from './templates.ts';


describe('notification templates', () => {
  it('every kind renders non-empty, different words in English and Hindi, with a screen to open', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const en = renderNotification(kind, SAMPLE_PARAMS[kind], 'en', 'Asia/Kolkata');
      const hi = renderNotification(kind, SAMPLE_PARAMS[kind], 'hi', 'Asia/Kolkata');
      expect(en.title.length).toBeGreaterThan(5);
      expect(hi.title).not.toBe(en.title);
      expect(hi.title + hi.body).toMatch(/[\u0900-\u097F]/);
      expect(en.url).toBe(hi.url);
      expect(en.url.startsWith('/')).toBe(true);
    }
  });

  it('shows times in the reader’s zone', () => {
    expect(renderNotification('benchmark_opens', SAMPLE_PARAMS.benchmark_opens, 'en', 'Asia/Kolkata').body).toMatch(/1:00\s?pm/i);
    expect(renderNotification('benchmark_opens', SAMPLE_PARAMS.benchmark_opens, 'en', 'UTC').body).toMatch(/7:30\s?am/i);
  });

  it('preferences refuse unknown zones and kinds, and defaults are valid', () => {
    expect(notificationPreferencesSchema.parse(DEFAULT_NOTIFICATION_PREFERENCES)).toEqual(DEFAULT_NOTIFICATION_PREFERENCES);
    expect(notificationPreferencesSchema.safeParse({ ...DEFAULT_NOTIFICATION_PREFERENCES, time_zone: 'Mars/Olympus' }).success).toBe(false);
    expect(notificationPreferencesSchema.safeParse({ ...DEFAULT_NOTIFICATION_PREFERENCES, email_kinds: ['spam'] }).success).toBe(false);
  });
});
