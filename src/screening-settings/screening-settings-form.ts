// The screening settings form as typed, its check, and the log lines a change writes. Values stay strings so a
// form with errors comes back exactly as sent.
import type { CodedError, CodedErrors } from '../admin/field-error-codes.ts';
import { formString } from '../admin/forms.tsx';
import type { ScreeningSettings } from './screening-settings.queries.ts';

export interface ScreeningSettingsValues {
  hold: string;
  reject: string;
  reportThreshold: string;
  newCommenterApprovals: string;
  blockedDomains: string;
}

export const MAX_REPORT_THRESHOLD = 100;
export const MAX_NEW_COMMENTER_APPROVALS = 50;
export const MAX_BLOCKED_DOMAINS = 500;

/** Each field's problem as an adminSettings message key; the page words it in the admin's language. */
export type ScreeningErrors = CodedErrors<'adminSettings'>;

export function readScreeningSettingsForm(body: unknown): ScreeningSettingsValues {
  return {
    hold: formString(body, 'hold'), reject: formString(body, 'reject'), reportThreshold: formString(body, 'reportThreshold'),
    newCommenterApprovals: formString(body, 'newCommenterApprovals'), blockedDomains: formString(body, 'blockedDomains'),
  };
}

export function valuesOfSettings(settings: ScreeningSettings): ScreeningSettingsValues {
  return {
    hold: formatScore(settings.thresholds.hold), reject: formatScore(settings.thresholds.reject),
    reportThreshold: String(settings.reportThreshold), newCommenterApprovals: String(settings.newCommenterApprovals),
    blockedDomains: settings.blockedDomains.join('\n'),
  };
}

/** At least two decimals, at most four (what the database keeps): 0.4 → "0.40", 0.355 → "0.355". */
export function formatScore(score: number): string {
  const [whole, decimals = ''] = score.toFixed(4).split('.');
  return `${whole}.${decimals.replace(/0+$/, '').padEnd(2, '0')}`;
}

const SCORE = /^(?:[01](?:\.\d{1,4})?|\.\d{1,4})$/;

function readScore(typed: string): number | undefined {
  // A decimal comma too ("0,35"): that is how Russian and most other admins write a fraction.
  const value = typed.replace(',', '.');
  const score = SCORE.test(value) ? Number(value) : NaN;
  return score >= 0.01 && score <= 1 ? score : undefined;
}

function readWhole(value: string, min: number, max: number): number | undefined {
  const number = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return number >= min && number <= max ? number : undefined;
}

export function checkScreeningSettings(values: ScreeningSettingsValues): { ok: true; value: ScreeningSettings } | { ok: false; errors: ScreeningErrors } {
  const errors: ScreeningErrors = {};
  const hold = readScore(values.hold);
  const reject = readScore(values.reject);
  if (hold === undefined) errors.hold = { key: 'holdInvalid' };
  if (reject === undefined) errors.reject = { key: 'rejectInvalid' };
  if (hold !== undefined && reject !== undefined && hold > reject) errors.hold = { key: 'holdAboveReject' };
  const reportThreshold = readWhole(values.reportThreshold, 1, MAX_REPORT_THRESHOLD);
  if (reportThreshold === undefined) errors.reportThreshold = { key: 'reportThresholdInvalid', values: { max: MAX_REPORT_THRESHOLD } };
  const newCommenterApprovals = readWhole(values.newCommenterApprovals, 0, MAX_NEW_COMMENTER_APPROVALS);
  if (newCommenterApprovals === undefined) errors.newCommenterApprovals = { key: 'newCommenterInvalid', values: { max: MAX_NEW_COMMENTER_APPROVALS } };
  const domains = readDomains(values.blockedDomains);
  if (!Array.isArray(domains)) errors.blockedDomains = domains.error;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { thresholds: { hold: hold!, reject: reject! }, reportThreshold: reportThreshold!, newCommenterApprovals: newCommenterApprovals!, blockedDomains: domains as string[] },
  };
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * One domain per line, as the link-spam phase compares them: lowercase, without "www.", a scheme or a path
 * ("https://www.Casino.kz/promo" → "casino.kz"); international names as written ("казино.рф", which is how
 * they appear in comments), checked through their xn-- form. Duplicates dropped.
 */
export function readDomains(text: string): string[] | { error: CodedError<'adminSettings'> } {
  const domains: string[] = [];
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length > MAX_BLOCKED_DOMAINS) return { error: { key: 'domainsTooMany', values: { max: MAX_BLOCKED_DOMAINS } } };
  for (const line of lines) {
    const domain = domainOf(line);
    if (!domain) return { error: { key: 'domainInvalid', values: { line: line.slice(0, 80) } } };
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

function domainOf(line: string): string | undefined {
  const withoutScheme = line.replace(/^[a-z]+:\/\//i, '');
  if (/[\s@]/.test(withoutScheme)) return undefined;
  const host = withoutScheme.split(/[/?#:]/)[0]!.normalize('NFC').toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  let ascii: string;
  try {
    ascii = new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
  return DOMAIN.test(ascii) ? host : undefined;
}

/** One log detail per changed setting ("hold 0.40 → 0.35"); nothing when nothing changed. */
export function describeSettingsChanges(before: ScreeningSettings, after: ScreeningSettings): string[] {
  const changes: string[] = [];
  const pairs: Array<[string, string, string]> = [
    ['hold', formatScore(before.thresholds.hold), formatScore(after.thresholds.hold)],
    ['reject', formatScore(before.thresholds.reject), formatScore(after.thresholds.reject)],
    ['report threshold', String(before.reportThreshold), String(after.reportThreshold)],
    ['new-commenter approvals', String(before.newCommenterApprovals), String(after.newCommenterApprovals)],
  ];
  for (const [name, from, to] of pairs) if (from !== to) changes.push(`${name} ${from} → ${to}`);
  const added = after.blockedDomains.filter((domain) => !before.blockedDomains.includes(domain));
  const removed = before.blockedDomains.filter((domain) => !after.blockedDomains.includes(domain));
  if (added.length + removed.length > 0) {
    changes.push(`blocked domains ${[...added.map((d) => `+${d}`), ...removed.map((d) => `−${d}`)].join(' ')}`.slice(0, 500));
  }
  return changes;
}
