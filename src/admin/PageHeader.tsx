// The heading of an admin list page, with its "New …" button when there is one.
export function PageHeader(props: { title: string; newHref?: string; newLabel?: string }) {
  return (
    <div class="page-header">
      <h1>{props.title}</h1>
      {props.newHref ? <a class="button button-primary" href={props.newHref}>{props.newLabel}</a> : null}
    </div>
  );
}
