// The comment form in the browser: the live "1500 / 1500" counter (the same grapheme count
// the server enforces), a stop with a clear message before sending an over-long comment,
// one submit per click, Reply opening the form in place under the comment answered, and
// an exact-time form token fetched when the reader starts on the form (the page's token
// dates only from its render minute, and the page may have sat in a cache since).
// Without this file the form works the same through full page loads.
import { COMMENT_MAX_GRAPHEMES } from '../src/comments/comment-limits.ts';
import { counterState, crossesThreshold, spokenCount, tooLongPhrase, type CounterMessages, type CounterState } from '../src/comments/comment-counter.ts';
import { pluralPhraseText } from '../src/i18n/plural-phrase.ts';

/** Speak the count once the reader pauses, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 1000;
/** If the page is still here this long after a submit (network trouble), let the reader try again. */
const RESUBMIT_AFTER_MS = 10_000;
/** How exact tokens begin (src/comments/form-token.ts, which needs node:crypto and so is not imported here). */
const EXACT_TOKEN_PREFIX = 'e.';

function messagesOf(form: HTMLFormElement): CounterMessages | undefined {
  try {
    return JSON.parse(form.dataset.messages ?? '') as CounterMessages;
  } catch {
    return undefined;
  }
}

// --- The counter -------------------------------------------------------------------

interface CounterParts { counter: HTMLElement | null; message: HTMLElement | null; status: HTMLElement | null }

interface Speaker { now(text: string): void; afterPause(text: string): void }

/** The polite live region: spoken at once (thresholds, a stopped submit) or once the reader pauses. */
function speakerFor(status: HTMLElement | null): Speaker {
  let timer: number | undefined;
  const now = (text: string) => {
    window.clearTimeout(timer);
    if (status) status.textContent = text;
  };
  const afterPause = (text: string) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => now(text), ANNOUNCE_AFTER_MS);
  };
  return { now, afterPause };
}

/** The count, its over-limit look, and aria-invalid: set past the limit, else the server's verdict (if any) stands. */
function showCount(parts: CounterParts, textarea: HTMLTextAreaElement, state: CounterState, words: { messages: CounterMessages; serverInvalid: string | null }) {
  if (parts.counter) {
    parts.counter.textContent = state.display;
    parts.counter.classList.toggle('comment-counter-over', state.over);
  }
  if (parts.message) parts.message.textContent = state.over ? pluralPhraseText(words.messages.over, -state.remaining) : '';
  if (state.over) textarea.setAttribute('aria-invalid', 'true');
  else if (words.serverInvalid) textarea.setAttribute('aria-invalid', words.serverInvalid);
  else textarea.removeAttribute('aria-invalid');
}

function setUpCounter(form: HTMLFormElement, textarea: HTMLTextAreaElement, messages: CounterMessages) {
  const limit = Number(form.dataset.limit) || COMMENT_MAX_GRAPHEMES;
  const parts: CounterParts = {
    counter: form.querySelector<HTMLElement>('#comment-counter'),
    message: form.querySelector<HTMLElement>('#comment-counter-message'),
    status: form.querySelector<HTMLElement>('#comment-counter-status'),
  };
  const speaker = speakerFor(parts.status);
  const words = { messages, serverInvalid: textarea.getAttribute('aria-invalid') };
  // The server writes "1500 / 1500" in ASCII digits; from here on the page's own (messages.locale).
  const initial = counterState(textarea.value, limit, messages.locale);
  showCount(parts, textarea, initial, words);
  let previous = initial.remaining;

  textarea.addEventListener('input', () => {
    const state = counterState(textarea.value, limit, messages.locale);
    showCount(parts, textarea, state, words);
    const spoken = spokenCount(messages, state.remaining);
    if (crossesThreshold(previous, state.remaining)) speaker.now(spoken);
    else speaker.afterPause(spoken);
    previous = state.remaining;
  });

  /** Stops an over-long submit: says by how much, where the reader is already looking. */
  return function refuseIfOver(): boolean {
    const state = counterState(textarea.value, limit, messages.locale);
    if (!state.over) return false;
    const text = tooLongPhrase(messages.tooLong, -state.remaining, limit);
    if (parts.message) parts.message.textContent = text;
    speaker.now(text);
    textarea.focus();
    return true;
  };
}

// --- Submitting ----------------------------------------------------------------------

function setUpSubmit(form: HTMLFormElement, refuseIfOver: () => boolean) {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  let sending = false;
  let timer: number | undefined;
  const reset = () => {
    sending = false;
    window.clearTimeout(timer);
    if (button) button.disabled = false;
  };
  form.addEventListener('submit', (event) => {
    if (refuseIfOver() || sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    // Disabled after the browser has taken this submit, so the click itself still sends.
    window.setTimeout(() => { if (button) button.disabled = true; }, 0);
    timer = window.setTimeout(reset, RESUBMIT_AFTER_MS);
  });
  // Back/forward cache restores the page as it was left: disabled. Make it usable again.
  window.addEventListener('pageshow', reset);
}

/** An exact token for this form's article, or undefined (offline, 404, anything odd). */
async function fetchExactToken(form: HTMLFormElement): Promise<string | undefined> {
  try {
    const response = await fetch(`${form.getAttribute('action')}/token`, {
      credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' },
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { token?: unknown };
    return typeof body.token === 'string' && body.token.startsWith(EXACT_TOKEN_PREFIX) ? body.token : undefined;
  } catch {
    return undefined;
  }
}

/**
 * On the first focus or input in the form, replaces the page's token with an exact one
 * (if the fetch fails, the page's token stays). A form shown again already carrying an
 * exact token keeps it; and once the form has been sent the token never changes, so a
 * resend stays the same submission (one comment).
 */
function setUpExactToken(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="token"]');
  if (!input || input.value.startsWith(EXACT_TOKEN_PREFIX)) return;
  const pageToken = input.value;
  let sent = false;
  form.addEventListener('submit', (event) => { if (!event.defaultPrevented) sent = true; });
  const start = () => {
    form.removeEventListener('focusin', start);
    form.removeEventListener('input', start);
    void fetchExactToken(form).then((token) => {
      if (token && !sent && input.value === pageToken) input.value = token;
    });
  };
  form.addEventListener('focusin', start);
  form.addEventListener('input', start);
}

// --- Replies in place ----------------------------------------------------------------

function setParent(form: HTMLFormElement, id: string) {
  let input = form.querySelector<HTMLInputElement>('input[name="parent_id"]');
  if (!id) return input?.remove();
  if (!input) {
    input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'parent_id' });
    form.querySelector('input[name="token"]')?.after(input);
  }
  input.value = id;
}

function setNotice(form: HTMLFormElement, notice: Node | null) {
  const current = form.querySelector('.comment-form-reply');
  if (current && notice) current.replaceWith(notice);
  else if (current) current.remove();
  else if (notice) (form.querySelector('.comment-form-errors') ?? form.querySelector('#comment-form-title'))?.after(notice);
}

/** "Replying to NAME" (the name isolated, as the server renders it) with a Cancel button. */
function replyNotice(messages: CounterMessages, name: string, onCancel: () => void): HTMLElement {
  const notice = Object.assign(document.createElement('p'), { id: 'comment-form-reply', className: 'comment-form-reply' });
  const [before = '', after = ''] = messages.replyingTo.split('{name}');
  const bdi = document.createElement('bdi');
  bdi.textContent = name;
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'comment-form-cancel', textContent: messages.cancelReply });
  button.addEventListener('click', onCancel);
  notice.append(before, bdi, after, ' ', button);
  return notice;
}

/** The Reply link a plain left click landed on, with the comment it answers; undefined for anything else. */
function replyClicked(event: MouseEvent): { link: HTMLAnchorElement; id: string; comment: HTMLElement } | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.comment-reply[data-reply-to]') : null;
  const id = link?.dataset.replyTo;
  const comment = id ? document.getElementById(`comment-${id}`) : null;
  return link && id && comment ? { link, id, comment } : undefined;
}

function setUpReplies(form: HTMLFormElement, textarea: HTMLTextAreaElement, messages: CounterMessages) {
  const home = document.createComment('comment-form');
  form.before(home);
  const initialNotice = form.querySelector('.comment-form-reply')?.cloneNode(true) ?? null;
  const initialParent = form.querySelector<HTMLInputElement>('input[name="parent_id"]')?.value ?? '';
  let opener: HTMLElement | undefined;

  const cancel = () => {
    home.after(form);
    setParent(form, initialParent);
    setNotice(form, initialNotice && initialNotice.cloneNode(true));
    (opener ?? textarea).focus();
    opener = undefined;
  };

  document.addEventListener('click', (event) => {
    const reply = replyClicked(event);
    if (!reply) return;
    event.preventDefault();
    opener = reply.link;
    reply.comment.append(form);
    setParent(form, reply.id);
    setNotice(form, replyNotice(messages, reply.link.dataset.replyName ?? '', cancel));
    textarea.focus();
  });
}

function setUp(form: HTMLFormElement) {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  const messages = messagesOf(form);
  if (!textarea || !messages) return;
  const refuseIfOver = setUpCounter(form, textarea, messages);
  setUpSubmit(form, refuseIfOver);
  setUpExactToken(form);
  setUpReplies(form, textarea, messages);
  // A form shown again with problems: take the reader to the list of them.
  form.querySelector<HTMLElement>('.comment-form-errors')?.focus();
}

const form = document.getElementById('comment-form');
if (form instanceof HTMLFormElement) setUp(form);
