// The log's Detail column in the moderator's language. A detail is short English text
// written when the action happened (commenter-actions.ts, screen-submission.ts,
// screening-settings-form.ts and its routes), and the log is never rewritten: so the shapes
// those writers produce are recognised here and said again in the moderator's words, old
// entries included. Anything else (a shape added later) is shown as written.
import { DURATION_KEY, DURATION_LABEL, DURATIONS, REPLACING_BAN } from '../commenters/commenter-actions.ts';
import { t } from '../i18n/catalog.ts';
import { formatScore, type ModerationKey, type ModerationMessages } from '../moderation/moderation-words.ts';
import { screeningReasonLabel } from '../moderation/screening-labels.ts';

const SCORE = /^score (\d+(?:\.\d+)?)(?:: (.+))?$/;
const SETTING = /^(hold|reject|report threshold|new-commenter approvals) (\S+) → (\S+)$/;
const BLOCKED_DOMAINS = /^blocked domains (.+)$/;
const TERM_ALLOW = /^allow (\S+) “(.*)”$/;
const TERM_BLOCK = /^(\S+) “(.*)” \((\w+), severity (\d+), (word|stem)\)$/;

const SETTING_KEY: Record<string, ModerationKey> = {
  hold: 'settingHold', reject: 'settingReject', 'report threshold': 'settingReportThreshold', 'new-commenter approvals': 'settingNewCommenterApprovals',
};
/** Thresholds are scores (two decimals, the language's separator); the other settings are counts. */
const SCORE_SETTINGS = new Set(['hold', 'reject']);

/** A term as the ban and pre-moderation entries record it ("7 days"), in the moderator's words. */
function termText(m: ModerationMessages, recorded: string): string | undefined {
  const duration = DURATIONS.find((d) => DURATION_LABEL[d] === recorded);
  return duration && m[DURATION_KEY[duration]];
}

function commenterDetail(m: ModerationMessages, detail: string): string | undefined {
  if (!detail.endsWith(REPLACING_BAN)) return termText(m, detail);
  const term = termText(m, detail.slice(0, -REPLACING_BAN.length));
  return term && t(m, 'detailReplacingBan', { duration: term });
}

function screeningDetail(m: ModerationMessages, locale: string, detail: string): string | undefined {
  const found = SCORE.exec(detail);
  if (!found) return undefined;
  const score = formatScore(locale, Number(found[1]));
  if (!found[2]) return t(m, 'detailScore', { score });
  const reasons = found[2].split(', ').map((code) => screeningReasonLabel(m, code)).join(', ');
  return t(m, 'detailScoreReasons', { score, reasons });
}

function settingDetail(m: ModerationMessages, locale: string, detail: string): string | undefined {
  const setting = SETTING.exec(detail);
  if (setting) {
    const [, name = '', from = '', to = ''] = setting;
    const value = (v: string) => (SCORE_SETTINGS.has(name) && Number.isFinite(Number(v)) ? formatScore(locale, Number(v)) : v);
    return t(m, 'detailSetting', { setting: m[SETTING_KEY[name]!], from: value(from), to: value(to) });
  }
  const domains = BLOCKED_DOMAINS.exec(detail);
  return domains ? t(m, 'detailBlockedDomains', { changes: domains[1]! }) : undefined;
}

function termDetail(m: ModerationMessages, detail: string): string | undefined {
  const allow = TERM_ALLOW.exec(detail);
  if (allow) return t(m, 'detailTermAllow', { language: allow[1]!, term: allow[2]! });
  const block = TERM_BLOCK.exec(detail);
  if (!block) return undefined;
  const [, language = '', term = '', category = '', severity = '', match = ''] = block;
  return t(m, 'detailTermBlock', { language, term, category: screeningReasonLabel(m, category), severity, match });
}

/** The detail of an entry as the moderator reads it. */
export function detailText(m: ModerationMessages, locale: string, action: string, detail: string | null): string {
  if (!detail) return '';
  let said: string | undefined;
  if (action === 'ban' || action === 'premoderate_commenter') said = commenterDetail(m, detail);
  else if (action === 'screening_hold' || action === 'screening_reject') said = screeningDetail(m, locale, detail);
  else if (action === 'settings_change') said = settingDetail(m, locale, detail);
  else if (action === 'term_add' || action === 'term_remove') said = termDetail(m, detail);
  return said ?? detail;
}
