// "Load more comments": the link to the thread's next page becomes a button that
// fetches that page as a fragment (GET …/comments?comments_after=…) and appends its
// comments in place, moving focus to the first new one and announcing how many came.
// Without this file the link simply opens the next page.

function nextLink(scope: ParentNode): HTMLAnchorElement | null {
  return scope.querySelector<HTMLAnchorElement>('.comments-pager a.comments-next[data-fragment]');
}

function announce(text: string) {
  const live = document.getElementById('comments-live');
  if (!live) return;
  // Cleared first so the same words are announced again on the next load.
  live.textContent = '';
  window.setTimeout(() => { live.textContent = text; }, 50);
}

/** Appends the fragment's top-level comments that are not on the page yet; returns the first one appended. */
function appendItems(list: HTMLElement, fragment: Element): HTMLElement | undefined {
  let first: HTMLElement | undefined;
  for (const item of Array.from(fragment.querySelectorAll<HTMLElement>(':scope > ol.comment-list > li'))) {
    const id = item.querySelector('article')?.id;
    // A comment may have moved pages since the first page was rendered (e.g. one approved meanwhile).
    if (id && document.getElementById(id)) continue;
    list.append(item);
    first ??= item.querySelector<HTMLElement>('article') ?? undefined;
  }
  return first;
}

function enhance(link: HTMLAnchorElement) {
  const list = document.getElementById('comment-list');
  if (!list) return;
  const labels = { idle: link.dataset.loadMore ?? link.textContent ?? '', busy: link.dataset.loading ?? '', failed: link.dataset.failed ?? '' };
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'comments-load-more';
  button.textContent = labels.idle;
  button.dataset.fragment = link.dataset.fragment;
  link.replaceWith(button);

  const finish = (next: HTMLAnchorElement | null) => {
    if (next?.dataset.fragment) {
      button.dataset.fragment = next.dataset.fragment;
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.textContent = labels.idle;
      return;
    }
    const pager = button.closest('.comments-pager');
    button.remove();
    if (pager && !pager.querySelector('a, button')) pager.remove();
  };

  button.addEventListener('click', async () => {
    const url = button.dataset.fragment;
    if (!url || button.disabled) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    button.textContent = labels.busy || labels.idle;
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const template = document.createElement('template');
      template.innerHTML = await response.text();
      const fragment = template.content.querySelector('.comments-fragment');
      if (!fragment) throw new Error('no fragment in the answer');
      const first = appendItems(list, fragment);
      finish(nextLink(fragment));
      if (first) {
        first.tabIndex = -1;
        first.focus();
      } else if (button.isConnected) button.focus();
      announce(fragment.getAttribute('data-announce') ?? '');
    } catch {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.textContent = labels.idle;
      announce(labels.failed);
    }
  });
}

const link = nextLink(document);
if (link) enhance(link);
