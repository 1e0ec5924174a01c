// Keyboard-first moderation queue (issue 4): j / k move between comments, a approves,
// s marks spam, r moves to the reason list where Enter rejects. Each action posts the
// item's own form with fetch (Accept: application/json); on success the comment leaves
// the list, focus goes to the next one and #moderation-status says what happened. A
// conflict or a refusal is shown in the item, which stays. Keys typed into fields or
// with Ctrl / Alt / Meta are left alone; the letters work by their place on the keyboard
// too, so a Russian layout's о / л / ф / ы / к do what j / k / a / s / r do. Everything it
// says comes from the server, in the admin's language (ol#moderation-queue's data-messages:
// src/moderation/queue-announcements.ts). Without JavaScript (or when the network fails)
// the forms post as usual.
import { leftPageText, readQueueIslandMessages, tabText, type KeyAction } from '../src/moderation/queue-announcements.ts';

const ITEM = 'li.moderation-item';

interface Place { status: string; queue: string | null }
interface Answer extends Partial<Place> { ok?: boolean; message?: string; error?: { message?: string }; version?: number; from?: Place }

const WORK_TABS = ['pending', 'reported', 'held'];
const STATUS_TABS = ['approved', 'rejected', 'spam'];

const list = document.getElementById('moderation-queue');
const statusRegion = document.getElementById('moderation-status');
const words = readQueueIslandMessages(list?.dataset.messages);

const items = (): HTMLElement[] => (list ? [...list.querySelectorAll<HTMLElement>(ITEM)] : []);
const currentItem = (): HTMLElement | null => document.activeElement?.closest<HTMLElement>(ITEM) ?? null;

function announce(text: string): void {
  if (statusRegion) statusRegion.textContent = text;
}

function move(step: 1 | -1): void {
  const all = items();
  const current = currentItem();
  const next = current ? all[all.indexOf(current) + step] : all[0];
  next?.focus();
}

function showProblem(item: HTMLElement, message: string): void {
  let note = item.querySelector<HTMLElement>('.moderation-item-problem');
  if (!note) {
    note = document.createElement('p');
    note.className = 'moderation-item-problem';
    item.querySelector('form.moderation-actions')?.before(note);
  }
  note.textContent = message;
  announce(message);
}

/** Adds `delta` to a tab's count (its data-count); a capped count ("10,000+") has none and is left as it is. */
function bumpTab(tab: HTMLElement | null, delta: number): void {
  const count = tab?.dataset.count;
  if (!tab || !words || count === undefined || !/^\d+$/.test(count)) return;
  const n = Math.max(0, Number(count) + delta);
  tab.dataset.count = String(n);
  tab.textContent = tabText(words, tab.dataset.label ?? '', n);
}

const tabLink = (tab: string | null | undefined) => (tab ? document.querySelector<HTMLElement>(`a[data-tab="${tab}"]`) : null);

/** Work-queue tabs count comments by queue, status tabs by status: move each count the change moved. */
function moveCounts(from: Place, to: Place): void {
  if (from.queue !== to.queue) {
    bumpTab(tabLink(from.queue), -1);
    bumpTab(tabLink(to.queue), 1);
  }
  if (from.status !== to.status) {
    if (STATUS_TABS.includes(from.status)) bumpTab(tabLink(from.status), -1);
    if (STATUS_TABS.includes(to.status)) bumpTab(tabLink(to.status), 1);
  }
}

function settle(item: HTMLElement, to: KeyAction, answer: Answer): void {
  const current = document.querySelector<HTMLElement>('a[data-tab][aria-current="page"]')?.dataset.tab ?? '';
  const place: Place = { status: answer.status ?? to, queue: answer.queue ?? null };
  if (answer.from) moveCounts(answer.from, place);
  if (WORK_TABS.includes(current) ? place.queue === current : place.status === current) {
    // Still belongs on this tab (approved and still in the Approved tab, say): it stays, with its new version.
    const version = String(answer.version ?? '');
    item.dataset.version = version;
    const field = item.querySelector<HTMLInputElement>('input[name="version"]');
    if (field) field.value = version;
    return announce(words?.done[to] ?? '');
  }
  const all = items();
  const index = all.indexOf(item);
  const next = all[index + 1] ?? all[index - 1];
  item.remove();
  const author = item.querySelector('.moderation-author')?.textContent?.trim();
  if (words) announce(leftPageText(words, to, author, all.length - 1));
  next?.focus();
}

/** Posts natively (the server answers with its page) when fetch could not get a JSON answer. */
function postNatively(form: HTMLFormElement, to: string): void {
  const button = form.querySelector<HTMLButtonElement>(`button[name="to"][value="${to}"]`);
  if (button) form.requestSubmit(button);
}

async function act(item: HTMLElement, to: KeyAction): Promise<void> {
  const form = item.querySelector<HTMLFormElement>('form.moderation-actions');
  if (!form || item.getAttribute('aria-busy') === 'true') return;
  const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  body.set('to', to);
  item.setAttribute('aria-busy', 'true');
  let response: Response;
  let answer: Answer | undefined;
  try {
    response = await fetch(form.action, {
      method: 'POST', credentials: 'same-origin', body,
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    });
    answer = await response.json().catch(() => undefined);
  } catch {
    return postNatively(form, to);
  } finally {
    item.removeAttribute('aria-busy');
  }
  // Not the JSON the queue answers (an expired session's login page, say): let the browser show it.
  if (!answer) return postNatively(form, to);
  if (response.ok && answer.ok) return settle(item, to, answer);
  // The queue answers { message }; the app's error handler (403 for an expired form, say) { error: { message } }.
  showProblem(item, answer.message ?? answer.error?.message ?? words?.gone ?? '');
  if (response.status === 400 && to === 'rejected') item.querySelector<HTMLElement>('select[name="reason"]')?.focus();
}

/**
 * The key as the queue reads it: the character typed, or, when the layout types a letter
 * outside Latin (Cyrillic, Arabic…), the Latin letter at the same place (event.code "KeyJ" → "j").
 */
function keyOf(event: KeyboardEvent): string {
  const typed = event.key;
  if (typed.length !== 1 || typed.charCodeAt(0) < 0x80 || event.shiftKey) return typed;
  const place = /^Key([A-Z])$/.exec(event.code);
  return place ? place[1]!.toLowerCase() : typed;
}

function onKey(event: KeyboardEvent): void {
  if (event.ctrlKey || event.altKey || event.metaKey || !list) return;
  const target = event.target as HTMLElement;
  const item = currentItem();
  if (target.matches('select[name="reason"]')) {
    if (event.key !== 'Enter' || !item) return;
    event.preventDefault();
    void act(item, 'rejected');
    return;
  }
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  const key = keyOf(event);
  if (key === 'j' || key === 'k') move(key === 'j' ? 1 : -1);
  else if (item && (key === 'a' || key === 's')) void act(item, key === 'a' ? 'approved' : 'spam');
  else if (item && key === 'r') item.querySelector<HTMLElement>('select[name="reason"]')?.focus();
  else return;
  event.preventDefault();
}

document.addEventListener('keydown', onKey);
