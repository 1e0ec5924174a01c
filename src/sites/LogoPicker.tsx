// The site's logo: one of the images in the site's media library, or none (the masthead
// then shows the site's name as text). Radios with thumbnails, like the lead-image picker.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldId, type FieldErrors } from '../admin/forms.tsx';
import { mediaUrl } from '../lib/urls.ts';

export interface LogoChoice { id: string; storageKey: string; width: number; height: number; widths: number[]; alt: string; originalName: string }

function Choice(props: { image: LogoChoice; checked: boolean }) {
  const m = props.image;
  const width = m.widths[0] ?? m.width;
  const height = Math.max(1, Math.round((width * m.height) / Math.max(1, m.width)));
  const id = `logo-${m.id}`;
  return (
    <li>
      <label for={id}>
        {/* The label's text names the choice; the picture is for sighted people. */}
        <img class="thumb" src={mediaUrl(m.storageKey, width, 'webp')} width={width} height={height} alt="" loading="lazy" decoding="async" />
        <span class="field-check">
          <input type="radio" id={id} name="logoMediaId" value={m.id} checked={props.checked} />
          <span dir="auto">{m.alt || m.originalName}</span>
        </span>
      </label>
    </li>
  );
}

/** `images` undefined: a new site, which has no media library yet. */
export function LogoPicker(props: { value: string; images: LogoChoice[] | undefined; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const error = props.errors?.logoMediaId;
  const images = props.images ?? [];
  return (
    <fieldset class={error ? 'field field-invalid stack' : 'field stack'} id={fieldId('logoMediaId')} aria-describedby={`${fieldId('logoMediaId')}-hint`}>
      <legend>{m.logoLabel}</legend>
      <p class="hint" id={`${fieldId('logoMediaId')}-hint`}>{props.images === undefined ? m.logoHintNewSite : m.logoHint}</p>
      {error ? <p class="field-error">{error}</p> : null}
      <ul class="media-grid">
        {images.map((image) => <Choice image={image} checked={props.value === image.id} />)}
        <li class="field-check">
          <input type="radio" id="logo-none" name="logoMediaId" value="" checked={props.value === ''} />
          <label for="logo-none">{m.noLogo}</label>
        </li>
      </ul>
    </fieldset>
  );
}
