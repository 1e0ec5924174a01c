// Why a reader reports a comment: stable codes stored in comment_reports.reason and shown
// to moderators; the words readers see are in report.messages.ts (en, ru).
export const REPORT_REASONS = ['abuse', 'hate', 'spam', 'personal_data', 'off_topic', 'other'] as const;

export type ReportReason = (typeof REPORT_REASONS)[number];

export function isReportReason(value: unknown): value is ReportReason {
  return typeof value === 'string' && (REPORT_REASONS as readonly string[]).includes(value);
}
