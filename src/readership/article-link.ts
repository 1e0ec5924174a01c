// The little an article list in a side block needs: a headline linking to the article.
export interface ArticleLink { id: string; locale: string; slug: string; headline: string; publishedAt: string }
