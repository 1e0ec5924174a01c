// Rendering JSX to a complete HTML document. Text is escaped by preact by default;
// TrustedHtml is the one way to insert markup and is used for sanitiser output only.
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(vnode: VNode<any>): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

/** Markup that has already passed sanitize-html (article bodies). Never pass user text here. */
export function TrustedHtml(props: { html: string; class?: string }) {
  return <div class={props.class} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
