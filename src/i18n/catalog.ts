// The message engine: reader-facing interface strings from the ICU catalogs in
// src/i18n/catalogs/<tag>/<namespace>.json (see CONTEXT.md), looked up key by key through
// the locale's chain (exact tag → shorter tags → language → English) and formatted with
// intl-messageformat. A key that falls back to English is formatted as English (English
// plural rules and digits: "5 Comments", never "۵ Comments"), and on a page of the other
// direction it is wrapped in Unicode isolates (isolatedIn), so an English sentence on an
// Urdu page keeps its punctuation and numbers in place.
//
// Pages call this on every uncached render, so: files are read once, each message is compiled
// once per locale, messages without arguments are formatted once (they are plain properties of
// the Messages object), and messages of text, `{name}`, `{n, number}` and one plural (nearly
// all) skip intl-messageformat (message-format.ts).
import { CATALOG_DIR, readCatalogFile, SOURCE_LOCALE, catalogTags, type CatalogFile, type Namespace } from './catalog-files.ts';
import { compileMessage, pluralFormsOf, type CompiledMessage, type MessageValues } from './message-format.ts';
import { localeInfo } from './locales.ts';
import { isolatedIn } from './locale-format.ts';
import type { PluralForms, PluralPhrase } from './plural-phrase.ts';

export { NAMESPACES, type Namespace } from './catalog-files.ts';
export type { MessageValues } from './message-format.ts';

/** The keys of each namespace, as the English catalog has them: a misspelt key is a type error. */
export interface Catalogs {
  common: typeof import('./catalogs/en/common.json', { with: { type: 'json' } });
  commentForm: typeof import('./catalogs/en/commentForm.json', { with: { type: 'json' } });
  commentThread: typeof import('./catalogs/en/commentThread.json', { with: { type: 'json' } });
  votes: typeof import('./catalogs/en/votes.json', { with: { type: 'json' } });
  reports: typeof import('./catalogs/en/reports.json', { with: { type: 'json' } });
  commentPolicy: typeof import('./catalogs/en/commentPolicy.json', { with: { type: 'json' } });
  errors: typeof import('./catalogs/en/errors.json', { with: { type: 'json' } });
  adminCommon: typeof import('./catalogs/en/adminCommon.json', { with: { type: 'json' } });
  adminArticles: typeof import('./catalogs/en/adminArticles.json', { with: { type: 'json' } });
  adminUsers: typeof import('./catalogs/en/adminUsers.json', { with: { type: 'json' } });
  adminTaxonomy: typeof import('./catalogs/en/adminTaxonomy.json', { with: { type: 'json' } });
  adminModeration: typeof import('./catalogs/en/adminModeration.json', { with: { type: 'json' } });
  adminSettings: typeof import('./catalogs/en/adminSettings.json', { with: { type: 'json' } });
  readership: typeof import('./catalogs/en/readership.json', { with: { type: 'json' } });
  search: typeof import('./catalogs/en/search.json', { with: { type: 'json' } });
}
export type MessageKey<N extends Namespace> = Extract<keyof Catalogs[N], string>;

// NAMESPACES (catalog-files.ts) and Catalogs must list the same namespaces: a mismatch does not compile.
const sameNamespaces: [Namespace] extends [keyof Catalogs] ? ([keyof Catalogs] extends [Namespace] ? true : never) : never = true;
void sameNamespaces;

declare const namespaceBrand: unique symbol;

/**
 * The strings of one namespace in one locale. A message without arguments is a plain,
 * finished property (`m.submit`); one with arguments holds its ICU source there, and is
 * formatted with t(m, key, values).
 */
export type Messages<N extends Namespace> = { readonly [K in MessageKey<N>]: string } & { readonly [namespaceBrand]?: N };

interface Entry {
  message: CompiledMessage;
  /** The locale the text is written in: the page's, or `en` when the key fell back to English. */
  written: string;
  /** The Intl tag its numbers and plurals are formatted with (locales.ts: Gregorian, the locale's digits). */
  formatTag: string;
  /** Unicode isolates around the text when it is written in the other direction than the page ('' otherwise). */
  open: string;
  close: string;
}

/** One namespace in one locale: where each key comes from, compiled on first use. */
class Bundle {
  readonly messages: Readonly<Record<string, string>>;
  private readonly compiled = new Map<string, Entry>();

  constructor(private readonly catalog: Catalog, private readonly locale: string, private readonly files: ReadonlyArray<{ tag: string; file: CatalogFile }>) {
    const messages: Record<string, string> = {};
    const english = files[files.length - 1]?.file ?? {};
    for (const key of Object.keys(english)) {
      const entry = this.get(key)!;
      messages[key] = entry.message.args.length === 0 ? isolate(entry, entry.message.format()) : entry.message.source;
    }
    this.messages = Object.freeze(messages);
  }

  /** A key's message compiled for the locale it is written in; undefined for a key English lacks too. */
  get(key: string): Entry | undefined {
    let entry = this.compiled.get(key);
    if (entry) return entry;
    const from = this.files.find(({ file }) => Object.hasOwn(file, key));
    if (!from) return undefined;
    // English text for a reader of another language is English through and through.
    const written = from.tag === SOURCE_LOCALE && languageOf(this.locale) !== SOURCE_LOCALE ? SOURCE_LOCALE : this.locale;
    const formatTag = localeInfo(written).formatTag;
    // isolatedIn decides whether and how to isolate; the marker splits its answer into the two ends.
    const [open = '', close = ''] = isolatedIn(this.locale, written, ISOLATED_MARK).split(ISOLATED_MARK);
    entry = { message: this.catalog.compile(from.file[key]!, formatTag), written, formatTag, open, close };
    this.compiled.set(key, entry);
    return entry;
  }
}

const ISOLATED_MARK = '\u0000';

/** A key's formatted text, isolated when it is written in the other direction than the page (English on an Urdu page). */
const isolate = (entry: Entry, text: string) => (entry.open && text !== '' ? `${entry.open}${text}${entry.close}` : text);

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** How many locales keep their compiled messages (tags come from site settings, so a handful). */
const LOCALES_KEPT = 200;

/**
 * The catalogs of one directory. The app uses the one over src/i18n/catalogs (below); tests
 * make their own over fixture folders.
 */
export class Catalog {
  private readonly files = new Map<string, CatalogFile | undefined>();
  private readonly bundles = new Map<string, Map<string, Bundle>>();
  private readonly owners = new WeakMap<object, Bundle>();
  private folders: Map<string, string> | undefined;
  /** Messages compiled so far (for tests of the cache). */
  compilations = 0;

  constructor(private readonly dir: string = CATALOG_DIR) {}

  /** The strings of a namespace for a locale (the same object on every call). */
  messages(locale: string, namespace: string): Readonly<Record<string, string>> {
    return this.bundle(locale, namespace).messages;
  }

  /** Formats one key of a Messages object (from messages()) with its values. */
  format(messages: object, key: string, values?: MessageValues): string {
    const entry = this.owner(messages).get(key);
    return entry ? isolate(entry, entry.message.format(values)) : key;
  }

  formatToParts<T>(messages: object, key: string, values: Readonly<Record<string, string | number | T>>): Array<string | T> {
    const entry = this.owner(messages).get(key);
    if (!entry) return [key];
    const parts = entry.message.formatToParts(values);
    if (!entry.open || parts.length === 0) return parts;
    return [entry.open, ...parts, entry.close];
  }

  /** A plural message's forms for the browser, with the locale that picks and writes them. */
  pluralPhrase(locale: string, namespace: string, key: string): PluralPhrase {
    const entry = this.bundle(locale, namespace).get(key);
    if (!entry) throw new Error(`no message ${namespace}.${key}`);
    const forms = pluralFormsOf(entry.message.ast);
    if (!entry.open) return { locale: entry.formatTag, forms };
    // The browser fills these in as they are: isolate each form as format() isolates the server's text.
    const isolated = Object.fromEntries(Object.entries(forms).map(([category, form]) => [category, isolate(entry, form ?? '')]));
    return { locale: entry.formatTag, forms: isolated as PluralForms };
  }

  /** The locale a key's text is written in (`en` when it fell back), for dates put into it. */
  writtenIn(messages: object, key: string): string {
    return this.owner(messages).get(key)?.written ?? SOURCE_LOCALE;
  }

  /** The tags a locale's messages are looked up in, most specific first, English last. */
  chain(locale: string): string[] {
    const folders = this.localeFolders();
    const chain: string[] = [];
    const subtags = locale.split('-');
    for (let n = subtags.length; n > 0; n--) {
      const folder = folders.get(subtags.slice(0, n).join('-').toLowerCase());
      if (folder && !chain.includes(folder)) chain.push(folder);
    }
    if (!chain.includes(SOURCE_LOCALE)) chain.push(SOURCE_LOCALE);
    return chain;
  }

  compile(source: string, locale: string): CompiledMessage {
    this.compilations++;
    return compileMessage(source, locale);
  }

  private owner(messages: object): Bundle {
    const bundle = this.owners.get(messages);
    if (!bundle) throw new Error('not a Messages object of this catalog');
    return bundle;
  }

  private bundle(locale: string, namespace: string): Bundle {
    let forLocale = this.bundles.get(locale);
    if (!forLocale) {
      forLocale = new Map();
      if (this.bundles.size < LOCALES_KEPT) this.bundles.set(locale, forLocale);
    }
    let bundle = forLocale.get(namespace);
    if (!bundle) {
      const files = this.chain(locale).flatMap((tag) => {
        const file = this.file(tag, namespace);
        return file ? [{ tag, file }] : [];
      });
      if (files[files.length - 1]?.tag !== SOURCE_LOCALE) throw new Error(`no English catalog for namespace "${namespace}"`);
      bundle = new Bundle(this, locale, files);
      this.owners.set(bundle.messages, bundle);
      forLocale.set(namespace, bundle);
    }
    return bundle;
  }

  private file(tag: string, namespace: string): CatalogFile | undefined {
    const id = `${tag}/${namespace}`;
    if (!this.files.has(id)) this.files.set(id, readCatalogFile(this.dir, tag, namespace));
    return this.files.get(id);
  }

  private localeFolders(): Map<string, string> {
    this.folders ??= new Map(catalogTags(this.dir).map((tag) => [tag.toLowerCase(), tag]));
    return this.folders;
  }
}

/** The app's catalogs (src/i18n/catalogs). */
export const catalog = new Catalog();

/** The strings of one namespace in a locale, key by key with English fallback. */
export function messagesIn<N extends Namespace>(locale: string, namespace: N): Messages<N> {
  return catalog.messages(locale, namespace) as Messages<N>;
}

/** One message formatted with its values: t(m, 'pageOf', { n: 2, total: 5 }). */
export function t<N extends Namespace>(messages: Messages<N>, key: MessageKey<N>, values?: MessageValues): string {
  return catalog.format(messages, key, values);
}

/** The same, keeping values that are not text (a <bdi> around a name) as they are. */
export function tParts<N extends Namespace, T>(messages: Messages<N>, key: MessageKey<N>, values: Readonly<Record<string, string | number | T>>): Array<string | T> {
  return catalog.formatToParts(messages, key, values);
}

/** A message in one call, for code that needs one string: formatMessage('ru', 'votes', 'saidYes', { count: 3 }). */
export function formatMessage<N extends Namespace>(locale: string, namespace: N, key: MessageKey<N>, values?: MessageValues): string {
  return catalog.format(catalog.messages(locale, namespace), key, values);
}

/** The locale a message's text is written in (`en` when it fell back): format dates put into it with this. */
export function writtenIn<N extends Namespace>(messages: Messages<N>, key: MessageKey<N>): string {
  return catalog.writtenIn(messages, key);
}

/** A plural message's forms chosen for a locale, for a browser island's data attribute. */
export function pluralPhrase<N extends Namespace>(locale: string, namespace: N, key: MessageKey<N>): PluralPhrase {
  return catalog.pluralPhrase(locale, namespace, key);
}
