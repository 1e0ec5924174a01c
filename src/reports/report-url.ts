// The report form's address, shared by the comment view (the Report link) and the routes.
import { articleUrl } from '../lib/urls.ts';

export const reportUrl = (articlePath: string, commentId: string) => `${articlePath}/comments/${commentId}/report`;

export const reportUrlFor = (locale: string, slug: string, commentId: string) => reportUrl(articleUrl(locale, slug), commentId);
