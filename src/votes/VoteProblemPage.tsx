// The page a vote sent without JavaScript gets when it was not counted (bad answer, too
// many votes from one network): the site's own chrome, what happened, when to try again,
// and the way back to the article's vote.
import type { Chrome } from '../public/public-site.ts';
import { Layout } from '../views/Layout.tsx';
import { renderDocument } from '../views/render.tsx';

export interface VoteProblem { title: string; message: string; articleHref: string; backLabel: string }

export function VoteProblemPage(props: { chrome: Chrome; problem: VoteProblem }) {
  const { chrome, problem } = props;
  return (
    <Layout chrome={chrome} title={`${problem.title} – ${chrome.siteName}`} noindex>
      <div class="error-page vote-problem">
        <h1>{problem.title}</h1>
        <p>{problem.message}</p>
        <p><a href={`${problem.articleHref}#reactions`}>{problem.backLabel}</a></p>
      </div>
    </Layout>
  );
}

export function renderVoteProblem(chrome: Chrome, problem: VoteProblem): string {
  return renderDocument(<VoteProblemPage chrome={chrome} problem={problem} />);
}
