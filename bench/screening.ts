// Screening speed (issue 4): the whole pipeline (normalisation, lexicons for the detected
// languages, every default phase) on 1,500-character comments in English, Russian and a
// disguised mix, timed in this process through screenText, exactly as a submission is screened (the site's
// settings; here the defaults with one blocked domain). Pure CPU work, so a median of many runs is stable.
import { defaultSiteScreening, screenText } from '../src/screening-settings/site-screening.ts';

export interface ScreeningSpeed { label: string; medianMs: number; p95Ms: number }

const SAMPLES: Array<[string, string]> = [
  ['English', 'The new terminal cut my wait at the border from three hours to forty minutes, and the prices at the market are steady. '],
  ['Russian', 'Новый терминал на границе сократил очередь с трёх часов до сорока минут, а цены на рынке пока держатся. '],
  ['disguised mix', 'Ты cукa, b1tch!!! Звони +996 555 123 456 или пиши me@example.org — www.spam.example f.u.c.k '],
];

function comment(base: string): string {
  return base.repeat(Math.ceil(1500 / base.length)).slice(0, 1500);
}

export function measureScreening(runs = 501): ScreeningSpeed[] {
  return SAMPLES.map(([label, base]) => {
    const text = comment(base);
    const site = { ...defaultSiteScreening('bench'), blockedDomains: ['spam.example'] };
    const once = () => screenText(site, { text, authorName: 'Reader', now: new Date('2026-06-08T09:00:00Z'), context: {} });
    for (let i = 0; i < 50; i++) once(); // warm-up: lexicons compiled, JIT settled
    const times = Array.from({ length: runs }, () => {
      const started = performance.now();
      once();
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return { label, medianMs: times[Math.floor(runs / 2)]!, p95Ms: times[Math.floor(runs * 0.95)]! };
  });
}
