// "Do you like this article?" without a reload: the Yes / No form is sent with fetch
// (same body as the plain form post, Accept: application/json), then the pressed button
// and the counts are updated in place and the live region announces them. The markup is
// built from the same text the server view uses (src/votes/vote-text.ts), with the words
// the server put on the form (data-words: plural forms already chosen for the page's
// locale, so no catalog and no ICU engine travel here). Without JavaScript the form posts
// and the server redirects back to #reactions.
import { readVoteAnswer, type VoteAnswer } from '../src/votes/vote-answer.ts';
import { describeVoteResult, type VoteChoice, type VoteTally, type VoteWords } from '../src/votes/vote-text.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

/** The same markup as VoteResult in src/votes/VoteBlock.tsx. */
function showResult(result: HTMLElement, words: VoteWords, vote: VoteChoice, counts: VoteTally): void {
  const text = describeVoteResult(words, vote, counts);
  const list = element('ul', 'vote-counts');
  for (const share of text.shares) {
    const item = element('li', '', `${share.text} `);
    item.dataset.voteCount = share.choice;
    const meter = element('meter', '');
    meter.min = 0;
    meter.max = 100;
    meter.value = share.percent;
    meter.setAttribute('aria-hidden', 'true');
    item.append(element('span', 'vote-share', share.percentText), meter);
    list.append(item);
  }
  result.replaceChildren(element('p', 'vote-mine', `${text.mine} ${text.canChange}`), list);
}

function showError(result: HTMLElement, message: string): void {
  result.querySelector('.vote-error')?.remove();
  result.prepend(element('p', 'vote-error', message));
}

/** Falls back to the browser's own form post (it shows the server's page for the answer). */
function postNatively(form: HTMLFormElement, choice: string): void {
  const field = element('input', '');
  field.type = 'hidden';
  field.name = 'value';
  field.value = choice;
  form.append(field);
  form.submit();
}

async function send(form: HTMLFormElement, choice: string): Promise<VoteAnswer | 'offline'> {
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ value: choice }),
    });
    return readVoteAnswer(response.status, await response.json().catch(() => undefined));
  } catch {
    return 'offline';
  }
}

function wordsOf(form: HTMLFormElement): VoteWords | undefined {
  try {
    return JSON.parse(form.dataset.words ?? '') as VoteWords;
  } catch {
    return undefined;
  }
}

function enhance(form: HTMLFormElement): void {
  const result = form.parentElement?.querySelector<HTMLElement>('[data-vote-result]');
  const words = wordsOf(form);
  // Without its words (an old cached page) the form simply posts, as without JavaScript.
  if (!result || !words) return;
  let pending = false;
  form.addEventListener('submit', async (event) => {
    const button = event.submitter;
    // Without a known button the browser posts the form itself, which works too.
    if (!(button instanceof HTMLButtonElement) || !button.value) return;
    event.preventDefault();
    if (pending) return;
    pending = true;
    form.setAttribute('aria-busy', 'true');
    const answer = await send(form, button.value);
    pending = false;
    form.removeAttribute('aria-busy');
    if (answer === 'offline') return showError(result, words.notSent);
    if (answer.kind === 'refused') return showError(result, answer.message);
    if (answer.kind === 'unknown') return postNatively(form, button.value);
    for (const other of form.querySelectorAll<HTMLButtonElement>('button[name="value"]')) {
      other.setAttribute('aria-pressed', String(other.value === answer.vote));
    }
    showResult(result, words, answer.vote, answer.counts);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.vote-form')) enhance(form);
