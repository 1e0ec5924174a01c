// The comment form in the browser: the live "1500 / 1500" counter (the same grapheme count
// the server enforces), a stop with a clear message before sending an over-long comment,
// one submit per click, and Reply opening the form in place under the comment answered.
// Without this file the form works the same through full page loads.
import { COMMENT_MAX_GRAPHEMES } from '../src/comments/comment-limits.ts';
import { counterState, crossesThreshold, pluralPhrase, spokenCount, type CounterMessages } from '../src/comments/comment-counter.ts';

/** Speak the count once the reader pauses, not on every keystroke. */
const ANNOUNCE_AFTER_MS = 1000;
/** If the page is still here this long after a submit (network trouble), let the reader try again. */
const RESUBMIT_AFTER_MS = 10_000;

function messagesOf(form: HTMLFormElement): CounterMessages | undefined {
  try {
    return JSON.parse(form.dataset.messages ?? '') as CounterMessages;
  } catch {
    return undefined;
  }
}

function setUpCounter(form: HTMLFormElement, textarea: HTMLTextAreaElement, locale: string, messages: CounterMessages) {
  const limit = Number(form.dataset.limit) || COMMENT_MAX_GRAPHEMES;
  const counter = form.querySelector<HTMLElement>('#comment-counter');
  const message = form.querySelector<HTMLElement>('#comment-counter-message');
  const status = form.querySelector<HTMLElement>('#comment-counter-status');
  const serverInvalid = textarea.getAttribute('aria-invalid');
  let previous = counterState(textarea.value, limit).remaining;
  let timer: number | undefined;

  const announce = (text: string) => {
    window.clearTimeout(timer);
    if (status) status.textContent = text;
  };

  const update = () => {
    const state = counterState(textarea.value, limit);
    if (counter) {
      counter.textContent = state.display;
      counter.classList.toggle('comment-counter-over', state.over);
    }
    if (message) message.textContent = state.over ? pluralPhrase(locale, messages.over, -state.remaining) : '';
    if (state.over) textarea.setAttribute('aria-invalid', 'true');
    else if (serverInvalid) textarea.setAttribute('aria-invalid', serverInvalid);
    else textarea.removeAttribute('aria-invalid');
    const spoken = spokenCount(locale, messages, state.remaining);
    if (crossesThreshold(previous, state.remaining)) announce(spoken);
    else {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => announce(spoken), ANNOUNCE_AFTER_MS);
    }
    previous = state.remaining;
  };
  textarea.addEventListener('input', update);

  /** Stops an over-long submit: says by how much, where the reader is already looking. */
  return function refuseIfOver(): boolean {
    const state = counterState(textarea.value, limit);
    if (!state.over) return false;
    const text = pluralPhrase(locale, messages.tooLong, -state.remaining).replace('{limit}', String(limit));
    if (message) message.textContent = text;
    announce(text);
    textarea.focus();
    return true;
  };
}

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

function setUpReplies(form: HTMLFormElement, textarea: HTMLTextAreaElement, messages: CounterMessages) {
  const home = document.createComment('comment-form');
  form.before(home);
  const initialNotice = form.querySelector('.comment-form-reply')?.cloneNode(true) ?? null;
  const initialParent = form.querySelector<HTMLInputElement>('input[name="parent_id"]')?.value ?? '';
  let opener: HTMLElement | undefined;

  const setParent = (id: string) => {
    let input = form.querySelector<HTMLInputElement>('input[name="parent_id"]');
    if (!id) return input?.remove();
    if (!input) {
      input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'parent_id' });
      form.querySelector('input[name="token"]')?.after(input);
    }
    input.value = id;
  };

  const setNotice = (notice: Node | null) => {
    const current = form.querySelector('.comment-form-reply');
    if (current && notice) current.replaceWith(notice);
    else if (current) current.remove();
    else if (notice) (form.querySelector('.comment-form-errors') ?? form.querySelector('#comment-form-title'))?.after(notice);
  };

  const cancel = () => {
    home.after(form);
    setParent(initialParent);
    setNotice(initialNotice && initialNotice.cloneNode(true));
    (opener ?? textarea).focus();
    opener = undefined;
  };

  const replyNotice = (name: string) => {
    const notice = Object.assign(document.createElement('p'), { id: 'comment-form-reply', className: 'comment-form-reply' });
    const [before = '', after = ''] = messages.replyingTo.split('{name}');
    const bdi = document.createElement('bdi');
    bdi.textContent = name;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'comment-form-cancel', textContent: messages.cancelReply });
    button.addEventListener('click', cancel);
    notice.append(before, bdi, after, ' ', button);
    return notice;
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.comment-reply[data-reply-to]') : null;
    const id = link?.dataset.replyTo;
    const comment = id ? document.getElementById(`comment-${id}`) : null;
    if (!link || !id || !comment) return;
    event.preventDefault();
    opener = link;
    comment.append(form);
    setParent(id);
    setNotice(replyNotice(link.dataset.replyName ?? ''));
    textarea.focus();
  });
}

function setUp(form: HTMLFormElement) {
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  const messages = messagesOf(form);
  if (!textarea || !messages) return;
  const locale = form.dataset.locale || document.documentElement.lang || 'en';
  const refuseIfOver = setUpCounter(form, textarea, locale, messages);
  setUpSubmit(form, refuseIfOver);
  setUpReplies(form, textarea, messages);
  // A form shown again with problems: take the reader to the list of them.
  form.querySelector<HTMLElement>('.comment-form-errors')?.focus();
}

const form = document.getElementById('comment-form');
if (form instanceof HTMLFormElement) setUp(form);
