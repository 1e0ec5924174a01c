// The media library: upload an image, see what is there, and describe each image for
// readers who cannot see it (the alt text the editor falls back on).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField, ErrorSummary, fieldId, TextField, type FieldErrors } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
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
  /** A refused description of one image, kept as typed. */
  typed?: { id: string; alt: string };
  maxUploadMb: number;
  flash?: string;
  status?: number;
}

function UploadForm(props: MediaLibraryProps) {
  const m = useAdminMessages('adminArticles');
  const error = props.errors.image;
  return (
    <form method="post" action={`/admin/media?_csrf=${encodeURIComponent(props.csrfToken)}`} enctype="multipart/form-data" class="stack form-narrow">
      <CsrfField token={props.csrfToken} />
      <h2>{m.uploadHeading}</h2>
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={fieldId('image')}>{m.imageFile}</label>
        <p class="hint" id={`${fieldId('image')}-hint`}>{t(m, 'mediaUploadHint', { mb: props.maxUploadMb })}</p>
        {error ? <p class="field-error" id={`${fieldId('image')}-error`}>{error}</p> : null}
        <input type="file" id={fieldId('image')} name="image" accept={ACCEPTED_IMAGE_TYPES} required
          aria-describedby={`${fieldId('image')}-hint${error ? ` ${fieldId('image')}-error` : ''}`} aria-invalid={error ? 'true' : undefined} />
      </div>
      <TextField name="alt" label={m.mediaAlt} value={props.alt} errors={props.errors} hint={m.mediaAltHint} extra={{ dir: 'auto' }} />
      <div class="actions"><button type="submit" class="button button-primary">{m.uploadButton}</button></div>
    </form>
  );
}

function Item(props: { item: MediaItem; csrfToken: string; error: string | undefined; editable: boolean; typedAlt: string | undefined }) {
  const item = props.item;
  const m = useAdminMessages('adminArticles');
  const width = item.widths[0] ?? item.width;
  const height = Math.max(1, Math.round((width * item.height) / Math.max(1, item.width)));
  const id = fieldId(`alt-${item.id}`);
  const size = t(m, 'imageSize', { width: item.width, height: item.height });
  return (
    <li>
      <img src={mediaUrl(item.storageKey, width, 'webp')} width={width} height={height} alt={item.alt} loading="lazy" decoding="async" />
      {props.editable ? (
        <form method="post" action={`/admin/media/${item.id}`} class="stack">
          <CsrfField token={props.csrfToken} />
          <div class={props.error ? 'field field-invalid' : 'field'}>
            <label for={id}>{tParts(m, 'descriptionOf', { name: <bdi>{item.originalName}</bdi> })}</label>
            {props.error ? <p class="field-error" id={`${id}-error`}>{props.error}</p> : null}
            <input type="text" id={id} name="alt" value={props.typedAlt ?? item.alt} dir="auto" aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${id}-error` : undefined} />
          </div>
          <p class="hint">{size}</p>
          <button type="submit" class="button button-small">{m.saveDescription}</button>
        </form>
      ) : (
        <p class="hint">{item.alt ? <bdi>{item.alt}</bdi> : m.noDescriptionYet} ({size})</p>
      )}
    </li>
  );
}

export function MediaLibraryPage(props: MediaLibraryProps) {
  const m = useAdminMessages('adminArticles');
  return (
    <AdminLayout styles={EDITOR_STYLES} title={m.mediaTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/media" flash={props.flash}>
      <div class="page-header"><h1>{m.mediaTitle}</h1></div>
      <ErrorSummary errors={props.errors} />
      <UploadForm {...props} />
      <h2>{m.libraryHeading}</h2>
      {props.items.length === 0 ? <p class="empty">{m.noImagesYet}</p> : (
        <ul class="media-grid">
          {props.items.map((item) => <Item item={item} csrfToken={props.csrfToken} error={props.errors[`alt-${item.id}`]} editable={props.describable.includes(item.id)}
            typedAlt={props.typed?.id === item.id ? props.typed.alt : undefined} />)}
        </ul>
      )}
      {props.page > 1 || props.hasNext ? (
        <nav aria-label={m.pagesLabel}>
          <ul class="pagination">
            {props.page > 1 ? <li><a href={`/admin/media?page=${props.page - 1}`} rel="prev">{m.newerPage}</a></li> : null}
            <li><span aria-current="page">{t(m, 'pageNumber', { page: props.page })}</span></li>
            {props.hasNext ? <li><a href={`/admin/media?page=${props.page + 1}`} rel="next">{m.olderPage}</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
