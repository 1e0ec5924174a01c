// Tables of the moderation desk (issue 4): reader reports, bans, per-commenter
// pre-moderation, per-site screening settings and terms, moderator scopes and the
// append-only moderation log. Part of the DB shape in database.ts.

export interface CommentReportsTable {
  id: string;
  site_id: string;
  comment_id: string;
  reader_id: string;
  ip_hash: string;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolution: string | null;
}

export interface CommenterBansTable {
  id: string;
  site_id: string;
  email_hash: string | null;
  ip_hash: string | null;
  reason: string;
  comment_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  lifted_at: string | null;
  lifted_by: string | null;
}

export interface CommenterPremoderationTable {
  site_id: string;
  email_hash: string;
  until: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ScreeningSettingsTable {
  site_id: string;
  hold_threshold: number;
  reject_threshold: number;
  report_threshold: number;
  new_commenter_approvals: number;
  blocked_domains: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ScreeningTermsTable {
  id: string;
  site_id: string;
  language: string;
  kind: 'block' | 'allow';
  term: string;
  category: string | null;
  severity: number | null;
  match: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ModeratorScopesTable { user_id: string; site_id: string; locale: string }

export type ModerationActorKind = 'staff' | 'screening' | 'readers' | 'system';

export interface ModerationLogTable {
  id: string;
  site_id: string;
  actor_kind: ModerationActorKind;
  actor_id: string | null;
  actor_name: string;
  action: string;
  target_kind: 'comment' | 'commenter' | 'site';
  target_id: string;
  reason: string | null;
  from_status: string | null;
  to_status: string | null;
  detail: string | null;
  created_at: string;
}
