// Keeps the "58 / 70 recommended" hints under the headline and summary up to date while
// typing. The server renders the same text, so without JavaScript the count is simply
// the one at the last save. The words come finished in the admin's language in
// `data-template`, with `{count}` where the number goes.
for (const counter of document.querySelectorAll<HTMLElement>('[data-count-for]')) {
  const field = document.getElementById(counter.dataset.countFor ?? '');
  const recommended = Number(counter.dataset.recommended);
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !recommended) continue;
  const template = counter.dataset.template ?? `{count} / ${recommended} recommended`;
  const update = () => {
    // Code points, as the server counts: an emoji or a Cyrillic letter is one character.
    const length = [...field.value.trim()].length;
    counter.textContent = template.replace('{count}', String(length));
    counter.classList.toggle('hint-warning', length > recommended);
  };
  field.addEventListener('input', update);
}
