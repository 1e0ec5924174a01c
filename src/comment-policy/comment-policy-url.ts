// The public address of a site's Comment Policy in one locale (linked from every comment form).
export const commentPolicyUrl = (locale: string) => `/${encodeURIComponent(locale)}/comment-policy`;
