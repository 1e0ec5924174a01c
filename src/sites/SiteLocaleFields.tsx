// The site's languages: tick the ones it publishes in, number their order, pick the default.
// One table row per language, so it works without JavaScript and keeps what was typed.
// Each language is named in the admin's language, then in itself, then by its tag.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldId, type FieldErrors } from '../admin/forms.tsx';
import { t } from '../i18n/catalog.ts';
import { useLocaleName } from './locale-names.ts';
import type { LocaleChoice } from './site-locales.ts';
import { positionField } from './site-locales.ts';

interface Props {
  choices: LocaleChoice[];
  ticked: string[];
  positions: Record<string, string>;
  defaultLocale: string;
  errors?: FieldErrors;
}

function LocaleRow(props: { choice: LocaleChoice; ticked: boolean; position: string; isDefault: boolean; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const { choice } = props;
  const language = useLocaleName()(choice.tag);
  const id = (part: string) => `locale-${part}-${choice.tag}`;
  const positionError = props.errors?.[positionField(choice.tag)];
  return (
    <tr>
      <td>
        <span class="field-check">
          <input type="checkbox" id={id('on')} name="locales" value={choice.tag} checked={props.ticked} />
          <label for={id('on')}>{language} <span lang={choice.tag} dir={choice.dir}>{choice.name}</span> <code>{choice.tag}</code></label>
        </span>
      </td>
      <td>
        <label class="visually-hidden" for={fieldId(positionField(choice.tag))}>{t(m, 'orderOf', { language })}</label>
        <input type="number" id={fieldId(positionField(choice.tag))} name={positionField(choice.tag)} value={props.position} step="1" inputMode="numeric"
          aria-invalid={positionError ? 'true' : undefined} />
        {positionError ? <p class="field-error">{positionError}</p> : null}
      </td>
      <td>
        <input type="radio" id={id('default')} name="defaultLocale" value={choice.tag} checked={props.isDefault} />
        <label class="visually-hidden" for={id('default')}>{t(m, 'isDefaultLanguage', { language })}</label>
      </td>
    </tr>
  );
}

export function SiteLocaleFields(props: Props) {
  const m = useAdminMessages('adminUsers');
  const error = props.errors?.locales;
  const defaultError = props.errors?.defaultLocale;
  return (
    <fieldset class={error || defaultError ? 'field field-invalid' : 'field'} id={fieldId('locales')} aria-describedby={`${fieldId('locales')}-hint`}>
      <legend>{m.languagesLabel}</legend>
      <p class="hint" id={`${fieldId('locales')}-hint`}>{m.languagesHint}</p>
      {error ? <p class="field-error">{error}</p> : null}
      {defaultError ? <p class="field-error" id={fieldId('defaultLocale')}>{defaultError}</p> : null}
      <div class="table-wrap">
        <table class="site-locales">
          <caption class="visually-hidden">{m.languagesCaption}</caption>
          <thead><tr><th scope="col">{m.languageColumn}</th><th scope="col">{m.orderColumn}</th><th scope="col">{m.defaultColumn}</th></tr></thead>
          <tbody>
            {props.choices.map((choice) => (
              <LocaleRow choice={choice} ticked={props.ticked.includes(choice.tag)} position={props.positions[choice.tag] ?? ''}
                isDefault={props.defaultLocale === choice.tag} errors={props.errors} />
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
