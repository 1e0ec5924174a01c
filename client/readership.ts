// Counts one view of the article on the page: a beacon to the URL the server put in
// data-view-beacon (src/readership). Sent from here, not by the server rendering the page,
// so the page itself stays cached and shared. No cookie, no identifier; without JavaScript
// no view is counted (most crawlers do not run scripts either).
const target = document.querySelector<HTMLElement>('[data-view-beacon]')?.dataset.viewBeacon;
// A prerendered page the reader may never see counts when it is shown.
function send(): void {
  if (target) navigator.sendBeacon(target);
}
if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', send, { once: true });
else send();
