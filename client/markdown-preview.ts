// Live preview of the article text: a short pause after typing, the Markdown is sent to
// the server, which renders and sanitises it exactly as on save, and the answer replaces
// the preview. Without JavaScript the editor's "Preview" button does the same by reloading.
const PAUSE_MS = 400;

const target = document.querySelector<HTMLElement>('[data-preview-for]');
const field = target ? document.getElementById(target.dataset.previewFor ?? '') : null;

if (target && field instanceof HTMLTextAreaElement) {
  const url = target.dataset.previewUrl ?? '';
  const token = field.form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  const refresh = async () => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': token, accept: 'text/html' },
        body: new URLSearchParams({ bodyMd: field.value }),
        signal: controller.signal,
      });
      if (response.ok && inFlight === controller) target.innerHTML = await response.text();
    } catch {
      // A failed or superseded preview leaves the last one showing; saving is unaffected.
    }
  };

  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, PAUSE_MS);
  });
}
