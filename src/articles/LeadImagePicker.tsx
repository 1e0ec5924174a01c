// The lead image: pick one of the recent uploads or upload a new one in the same form,
// then caption, credit and alt text. Works without JavaScript (radios and a file input).
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { t } from '../i18n/catalog.ts';
import { mediaUrl } from '../lib/urls.ts';
import { ACCEPTED_IMAGE_TYPES } from '../media/store-image.ts';
import type { EditorValues } from './article-form.ts';
import { articleTextAttributes } from './EditorFields.tsx';

export interface MediaChoice {
  id: string;
  storageKey: string;
  width: number;
  height: number;
  widths: number[];
  alt: string;
  originalName: string;
}

function Thumbnail(props: { media: MediaChoice }) {
  const m = props.media;
  const width = m.widths[0] ?? m.width;
  const height = Math.max(1, Math.round((width * m.height) / Math.max(1, m.width)));
  // The label's text names the choice; the picture is decoration for sighted people.
  return <img class="thumb" src={mediaUrl(m.storageKey, width, 'webp')} width={width} height={height} alt="" loading="lazy" decoding="async" />;
}

function Choice(props: { media: MediaChoice; checked: boolean; first: boolean }) {
  const id = props.first ? fieldId('leadMediaId') : `lead-media-${props.media.id}`;
  return (
    <li>
      <label for={id}>
        <Thumbnail media={props.media} />
        <span class="field-check">
          <input type="radio" id={id} name="leadMediaId" value={props.media.id} checked={props.checked} />
          <span>{props.media.alt || props.media.originalName}</span>
        </span>
      </label>
    </li>
  );
}

export function LeadImagePicker(props: { values: EditorValues; errors: FieldErrors; media: MediaChoice[]; maxUploadMb: number }) {
  const { values, errors } = props;
  const m = useAdminMessages('adminArticles');
  const error = errors.leadMediaId ?? errors.leadImage;
  return (
    <fieldset class="stack lead-image">
      <legend>{m.leadImage}</legend>
      {error ? <p class="field-error" id="lead-image-error">{error}</p> : null}
      {props.media.length > 0 ? (
        <fieldset>
          <legend>{m.chooseRecentUpload}</legend>
          <ul class="media-grid">
            {props.media.map((item, i) => <Choice media={item} checked={values.leadMediaId === item.id} first={i === 0} />)}
            <li class="field-check">
              <input type="radio" id="lead-media-none" name="leadMediaId" value="" checked={values.leadMediaId === ''} />
              <label for="lead-media-none">{m.noLeadImage}</label>
            </li>
          </ul>
        </fieldset>
      ) : <p class="hint">{m.noUploadsYet}</p>}
      <div class={errors.leadImage ? 'field field-invalid' : 'field'}>
        <label for={fieldId('leadImage')}>{m.uploadNewImage}</label>
        <p class="hint" id={`${fieldId('leadImage')}-hint`}>{t(m, 'leadUploadHint', { mb: props.maxUploadMb })}</p>
        <input type="file" id={fieldId('leadImage')} name="leadImage" accept={ACCEPTED_IMAGE_TYPES}
          aria-describedby={`${fieldId('leadImage')}-hint${errors.leadImage ? ' lead-image-error' : ''}`}
          aria-invalid={errors.leadImage ? 'true' : undefined} />
      </div>
      <TextField name="leadCaption" label={m.caption} value={values.leadCaption} errors={errors} extra={articleTextAttributes(values.locale)}
        hint={m.captionHint} />
      <TextField name="leadCredit" label={m.credit} value={values.leadCredit} errors={errors} extra={{ dir: 'auto' }} hint={m.creditHint} />
      <TextField name="leadAlt" label={m.leadAlt} value={values.leadAlt} errors={errors} extra={articleTextAttributes(values.locale)}
        hint={m.leadAltHint} />
    </fieldset>
  );
}
