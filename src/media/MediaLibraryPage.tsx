// The media library: upload an image, see what is there, and describe each image for
// readers who cannot see it (the alt text the editor falls back on).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, fieldId, TextField, type FieldErrors } from '../admin/forms.tsx';
import { mediaUrl } from '../lib/urls.ts';
import type { MediaItem } from './media.queries.ts';
import { ACCEPTED_IMAGE_TYPES } from './store-image.ts';

const EDITOR_STYLES = ['/assets/editor.css'];

export interface MediaLibraryProps {
  user: AdminUser;
  csrfToken: string;
  items: MediaItem[];
  /** Ids of the images this person may describe; the others show their description read-only. */
  describable: string[];
  page: number;
  hasNext: boolean;
  errors: FieldErrors;
  /** What was typed in the upload form, kept after an error. */
  alt: string;
  maxUploadMb: number;
  flash?: string;
  status?: number;
}

function UploadForm(props: MediaLibraryProps) {
  const error = props.errors.image;
  return (
    <form method="post" action={`/admin/media?_csrf=${encodeURIComponent(props.csrfToken)}`} enctype="multipart/form-data" class="stack form-narrow">
      <CsrfField token={props.csrfToken} />
      <h2>Upload an image</h2>
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={fieldId('image')}>Image file</label>
        <p class="hint" id={`${fieldId('image')}-hint`}>JPEG, PNG, WebP, AVIF or GIF, up to {props.maxUploadMb} MB. Location and camera details are removed.</p>
        {error ? <p class="field-error" id={`${fieldId('image')}-error`}>{error}</p> : null}
        <input type="file" id={fieldId('image')} name="image" accept={ACCEPTED_IMAGE_TYPES} required
          aria-describedby={`${fieldId('image')}-hint${error ? ` ${fieldId('image')}-error` : ''}`} aria-invalid={error ? 'true' : undefined} />
      </div>
      <TextField name="alt" label="Description (alt text)" value={props.alt} errors={props.errors}
        hint="What the image shows, for readers who cannot see it." />
      <div class="actions"><button type="submit" class="button button-primary">Upload</button></div>
    </form>
  );
}

function Item(props: { item: MediaItem; csrfToken: string; error: string | undefined; editable: boolean }) {
  const m = props.item;
  const width = m.widths[0] ?? m.width;
  const height = Math.max(1, Math.round((width * m.height) / Math.max(1, m.width)));
  const id = fieldId(`alt-${m.id}`);
  return (
    <li>
      <img src={mediaUrl(m.storageKey, width, 'webp')} width={width} height={height} alt={m.alt} loading="lazy" decoding="async" />
      {props.editable ? (
        <form method="post" action={`/admin/media/${m.id}`} class="stack">
          <CsrfField token={props.csrfToken} />
          <div class={props.error ? 'field field-invalid' : 'field'}>
            <label for={id}>Description of {m.originalName}</label>
            {props.error ? <p class="field-error" id={`${id}-error`}>{props.error}</p> : null}
            <input type="text" id={id} name="alt" value={m.alt} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${id}-error` : undefined} />
          </div>
          <p class="hint">{`${m.width} × ${m.height} px`}</p>
          <button type="submit" class="button button-small">Save description</button>
        </form>
      ) : (
        <p class="hint">{m.alt || 'No description yet.'} ({`${m.width} × ${m.height} px`})</p>
      )}
    </li>
  );
}

export function MediaLibraryPage(props: MediaLibraryProps) {
  return (
    <AdminLayout styles={EDITOR_STYLES} title="Media" user={props.user} csrfToken={props.csrfToken} current="/admin/media" flash={props.flash}>
      <div class="page-header"><h1>Media</h1></div>
      <ErrorSummary errors={props.errors} />
      <UploadForm {...props} />
      <h2>Library</h2>
      {props.items.length === 0 ? <p class="empty">No images yet.</p> : (
        <ul class="media-grid">
          {props.items.map((item) => <Item item={item} csrfToken={props.csrfToken} error={props.errors[`alt-${item.id}`]} editable={props.describable.includes(item.id)} />)}
        </ul>
      )}
      {props.page > 1 || props.hasNext ? (
        <nav aria-label="Pages">
          <ul class="pagination">
            {props.page > 1 ? <li><a href={`/admin/media?page=${props.page - 1}`} rel="prev">Newer</a></li> : null}
            <li><span aria-current="page">{`Page ${props.page}`}</span></li>
            {props.hasNext ? <li><a href={`/admin/media?page=${props.page + 1}`} rel="next">Older</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
