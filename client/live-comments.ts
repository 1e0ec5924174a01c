// Live comments (issue 7): while the reader has the comments in view, newly published
// comments appear where the thread's order puts them and every count follows, without a
// reload; a polite live region says "1 new comment". The page names the stream and the
// event it was rendered at (data-live), so a page served from a cache still gets exactly
// what happened since. The comment HTML is the server's own (escaped) rendering of the
// thread item. Without JavaScript nothing changes: the page is the same for every reader.
import type { PluralForms } from '../src/i18n/plural-phrase.ts';

/** One locale for both phrases (src/live/live-words.ts). */
interface Words { locale: string; count: PluralForms; added: PluralForms }
interface CommentData { commentId: string; parentId: string | null; html: string; count: number }

/** Opened only after the page settled, so loading (and tools waiting for a quiet network) is not held. */
const SETTLE_MS = 1500;

/**
 * plural-phrase.ts's choice of form, cut down to what these two phrases use (`#` only, once):
 * its caches and `{name}` values cost bytes the page budget does not have.
 */
function phrase(locale: string, forms: PluralForms, n: number): string {
  return (forms[`=${n}`] ?? forms[new Intl.PluralRules(locale).select(n)] ?? forms.other).replace('#', new Intl.NumberFormat(locale).format(n));
}

function itemFrom(html: string): HTMLElement | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as HTMLElement | null;
}

function announce(text: string) {
  const live = document.getElementById('comments-live');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => { live.textContent = text; }, 50);
}

function start(section: HTMLElement) {
  const words = JSON.parse(section.dataset.liveWords ?? '') as Words;
  const order = section.dataset.liveOrder;
  const url = new URL(section.dataset.live ?? '', location.href);
  let source: EventSource | undefined;
  let added = 0;
  let timer = 0;
  let near = false;
  let wait = 3000;

  const morePages = () => section.querySelector('.comments-pager .comments-next, .comments-pager .comments-load-more') !== null;

  // The heading is the page's only "N Comments".
  const setCount = (count: number) => {
    const heading = document.getElementById('comments-heading');
    if (heading) heading.textContent = phrase(words.locale, words.count, count);
  };

  /** The thread's list; on a thread with no comments yet it takes the "No comments yet" note's place. */
  function topLevelList(): HTMLElement {
    let list = document.getElementById('comment-list');
    if (!list) {
      list = document.createElement('ol');
      list.className = 'comment-list';
      list.id = 'comment-list';
      section.querySelector('.comments-empty')?.replaceWith(list);
    }
    return list;
  }

  /** Puts the item where a reload would show it; false when that place is not on this page. */
  function place(item: HTMLElement, data: CommentData): boolean {
    if (data.parentId === null) {
      if (order === 'newest') topLevelList().prepend(item);
      else if (order === 'oldest' && !morePages()) topLevelList().append(item);
      else return false;
      return true;
    }
    const parent = document.getElementById(`comment-${data.parentId}`)?.parentElement;
    // The parent is elsewhere, or its chain is cut short here (the rest is behind a link).
    if (!parent || parent.closest('#comment-list > li')?.querySelector('.comment-replies-cut') || (order === 'replies' && morePages())) return false;
    const level = (el: Element | null | undefined) => Number(/depth-(\d)/.exec(el?.className ?? '')?.[1] ?? 0);
    if (level(item.querySelector('article')) > level(parent.querySelector('article'))) {
      let replies = parent.querySelector<HTMLElement>(':scope > ol.comment-replies');
      if (!replies) {
        replies = document.createElement('ol');
        replies.className = 'comment-replies';
        parent.append(replies);
      }
      replies.append(item);
    } else {
      // Past the deepest indent replies are listed right after the comment they answer.
      parent.after(item);
    }
    return true;
  }

  function onComment(data: CommentData) {
    setCount(data.count);
    const item = itemFrom(data.html);
    // Already here: loaded with "Load more" meanwhile, or the reader's own comment (awaiting moderation until a reload).
    if (!item || document.getElementById(`comment-${data.commentId}`) || !place(item, data)) return;
    added++;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      announce(phrase(words.locale, words.added, added));
      added = 0;
    }, 1000);
  }

  function open() {
    if (source || !near || document.hidden) return;
    const opened = (source = new EventSource(url));
    // A refusal (a node draining answers 503, or 429) ends an EventSource for good; a network
    // error does not (the browser retries). Try again later, waiting longer each time.
    opened.onopen = () => { wait = 3000; };
    opened.onerror = () => {
      if (opened.readyState !== EventSource.CLOSED || source !== opened) return;
      close();
      window.setTimeout(open, wait);
      wait = Math.min(wait * 2, 60_000);
    };
    const seen = (event: MessageEvent) => {
      // A stream reopened later (tab shown again) starts after the last event this page has.
      if (event.lastEventId) url.searchParams.set('lastEventId', event.lastEventId);
      return JSON.parse(event.data as string);
    };
    source.addEventListener('comment', (event) => onComment(seen(event as MessageEvent) as CommentData));
    source.addEventListener('count', (event) => setCount((seen(event as MessageEvent) as { count: number }).count));
  }

  function close() {
    source?.close();
    source = undefined;
  }

  // Only readers who reach the comments hold a connection; a hidden tab lets it go.
  new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      near = true;
      open();
    }
  }, { rootMargin: '400px' }).observe(section);
  document.addEventListener('visibilitychange', () => (document.hidden ? close() : open()));
}

const section = document.querySelector<HTMLElement>('.comments[data-live]');
// Module scripts run before the load event.
if (section && 'EventSource' in window) window.addEventListener('load', () => window.setTimeout(() => start(section), SETTLE_MS));
