// One ICU MessageFormat string, compiled for one locale. Messages of plain text, `{name}`
// and `{n, number}` (nearly all of them) format by joining precompiled parts, which costs
// what the old `{name}` replace did; plurals and selects go through intl-messageformat.
// Also the AST helpers the engine and `npm run i18n:check` share: argument names, plural
// categories, and the forms of a plural for the browser islands.
import IntlMessageFormat from 'intl-messageformat';
import type { PluralForms } from './plural-phrase.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;
type Element = Ast[number];

/** Element kinds of @formatjs/icu-messageformat-parser's AST (its TYPE enum, not exported by intl-messageformat). */
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

export type MessageValues = Readonly<Record<string, string | number>>;

export interface CompiledMessage {
  /** The ICU source, as written in the catalog. */
  readonly source: string;
  /** Names of the message's arguments (plural, select, number and plain), sorted. */
  readonly args: readonly string[];
  format(values?: MessageValues): string;
  /** The same with some values left as objects (preact nodes), for views that wrap a value. */
  formatToParts<T>(values: Readonly<Record<string, string | number | T>>): Array<string | T>;
  readonly ast: Ast;
}

/** Parses an ICU message; throws intl-messageformat's SyntaxError on a malformed one. */
export function parseMessage(source: string, locale: string): IntlMessageFormat {
  // ignoreTag: `<` in a message is text, not rich-text markup.
  return new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
}

export function compileMessage(source: string, locale: string): CompiledMessage {
  const icu = parseMessage(source, locale);
  const ast = icu.getAst();
  const args = argumentNames(ast);
  const parts = partsOf(ast);
  if (parts) return joinedMessage({ source, ast, args }, parts, locale);
  const plural = pluralShape(ast);
  if (plural) return pluralMessage({ source, ast, args }, plural, locale);
  const toParts = <T,>(values: Readonly<Record<string, string | number | T>>): Array<string | T> => {
    if (!args.every((name) => name in values)) return [source];
    try {
      const out = icu.format<T>(values as Record<string, string | number>);
      return Array.isArray(out) ? out : [out];
    } catch {
      // A value of the wrong kind (text for a plural): show the message's source rather than fail the page.
      return [source];
    }
  };
  return {
    source, args, ast, formatToParts: toParts,
    format: (values = {}) => toParts<string>(values).join(''),
  };
}

/** Text, a plain or `number` argument, or the `#` of a plural. */
type Part = string | { name: string; number: boolean } | typeof POUND_PART;
const POUND_PART = Symbol('#');

/** The elements as parts, or undefined when one needs intl-messageformat (a select, a styled number…). */
function partsOf(elements: Ast, inPlural = false): Part[] | undefined {
  const parts: Part[] = [];
  for (const element of elements) {
    if (element.type === LITERAL) parts.push(element.value);
    else if (element.type === ARGUMENT) parts.push({ name: element.value, number: false });
    else if (element.type === NUMBER && !element.style) parts.push({ name: element.value, number: true });
    else if (element.type === POUND && inPlural) parts.push(POUND_PART);
    else return undefined;
  }
  return parts;
}

type Head = Pick<CompiledMessage, 'source' | 'ast' | 'args'>;

/** Formats parts; a missing value stays visible as `{name}` (as the old fill() did) instead of failing the page. */
function partFormatter(locale: string) {
  const format = numberFormatter(locale);
  return <T,>(part: Part, values: Readonly<Record<string, string | number | T>>, count = 0): string | T => {
    if (typeof part === 'string') return part;
    if (part === POUND_PART) return format(count);
    if (!(part.name in values)) return `{${part.name}}`;
    const value = values[part.name]!;
    if (part.number && typeof value === 'number') return format(value);
    return typeof value === 'number' ? String(value) : value;
  };
}

const numberFormatters = new Map<string, (n: number) => string>();

/**
 * Intl.NumberFormat for a locale, remembering the numbers it wrote: pages repeat the same few
 * (page numbers, counts, the 1,500 limit), and format() costs more than the rest of a message.
 */
function numberFormatter(locale: string): (n: number) => string {
  let format = numberFormatters.get(locale);
  if (!format) {
    const numbers = new Intl.NumberFormat(locale);
    const written = new Map<number, string>();
    format = (n) => {
      let text = written.get(n);
      if (text === undefined) {
        text = numbers.format(n);
        if (written.size < 2000) written.set(n, text);
      }
      return text;
    };
    if (numberFormatters.size < 200) numberFormatters.set(locale, format);
  }
  return format;
}

function joinedMessage(head: Head, parts: Part[], locale: string): CompiledMessage {
  const one = partFormatter(locale);
  const text = head.args.length === 0 ? parts.join('') : undefined;
  return {
    ...head,
    format: (values = {}) => text ?? joined(parts, (part) => one<never>(part, values)),
    formatToParts: (values) => parts.map((part) => one(part, values)),
  };
}

/** The parts formatted and concatenated (a loop: this runs for every name on a comment page). */
function joined(parts: readonly Part[], one: (part: Part) => string): string {
  let out = '';
  for (const part of parts) out += one(part);
  return out;
}

interface PluralShape { arg: string; before: Part[]; after: Part[]; options: Map<string, Part[]> }

/** Text around one cardinal plural whose forms hold only text, `#` and plain arguments (nearly every plural). */
function pluralShape(ast: Ast): PluralShape | undefined {
  const at = ast.findIndex((element) => element.type === PLURAL);
  const plural = ast[at];
  if (!plural || plural.type !== PLURAL || plural.offset !== 0 || plural.pluralType !== 'cardinal') return undefined;
  const before = partsOf(ast.slice(0, at));
  const after = partsOf(ast.slice(at + 1));
  const options = new Map<string, Part[]>();
  for (const [selector, option] of Object.entries(plural.options)) {
    const parts = partsOf(option.value, true);
    if (!parts) return undefined;
    options.set(selector, parts);
  }
  return before && after && options.has('other') ? { arg: plural.value, before, after, options } : undefined;
}

/** A plural picked with Intl.PluralRules and joined from parts: what intl-messageformat does, in a fraction of the time. */
function pluralMessage(head: Head, shape: PluralShape, locale: string): CompiledMessage {
  const rules = new Intl.PluralRules(locale);
  const one = partFormatter(locale);
  const choose = (values: Readonly<Record<string, unknown>>): { n: number; parts: Part[] } | undefined => {
    const n = values[shape.arg];
    if (typeof n !== 'number' || !head.args.every((name) => name in values)) return undefined;
    const chosen = shape.options.get(`=${n}`) ?? shape.options.get(rules.select(n)) ?? shape.options.get('other')!;
    return { n, parts: [...shape.before, ...chosen, ...shape.after] };
  };
  return {
    ...head,
    formatToParts: (values) => {
      const chosen = choose(values);
      return chosen ? chosen.parts.map((part) => one(part, values, chosen.n)) : [head.source];
    },
    format: (values = {}) => {
      const chosen = choose(values);
      return chosen ? joined(chosen.parts, (part) => one<never>(part, values, chosen.n)) : head.source;
    },
  };
}

/** Every argument name in a message, nested ones included (`#` is not an argument). */
export function argumentNames(ast: Ast): string[] {
  const names = new Set<string>();
  const walk = (elements: Ast) => {
    for (const element of elements) {
      if (element.type === LITERAL || element.type === POUND) continue;
      if ('value' in element && typeof element.value === 'string') names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(ast);
  return [...names].sort();
}

/** The plural elements of a message (nested ones included), for checking their categories. */
export function pluralElements(ast: Ast): Array<{ arg: string; categories: string[] }> {
  const found: Array<{ arg: string; categories: string[] }> = [];
  const walk = (elements: Ast) => {
    for (const element of elements) {
      if (element.type === PLURAL) found.push({ arg: element.value, categories: Object.keys(element.options) });
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(ast);
  return found;
}

/**
 * The forms of a message built around one plural (text, `{name}` and `{n, number}` around
 * it allowed): one finished text per category, `#` for the count and `{name}` for the other
 * values, which is what the islands fill in (plural-phrase.ts). Throws for anything richer.
 */
export function pluralFormsOf(ast: Ast): PluralForms {
  const at = ast.findIndex((element) => element.type === PLURAL);
  const plural = ast[at];
  if (!plural || plural.type !== PLURAL || plural.offset !== 0 || plural.pluralType !== 'cardinal') {
    throw new Error('not a message around one cardinal plural');
  }
  const before = flat(ast.slice(0, at));
  const after = flat(ast.slice(at + 1));
  const forms: Record<string, string> = {};
  for (const [selector, option] of Object.entries(plural.options)) forms[selector] = before + flat(option.value) + after;
  if (forms.other === undefined) throw new Error('a plural needs an "other" form');
  return forms as PluralForms;
}

function flat(elements: Ast): string {
  return elements.map((element: Element) => {
    if (element.type === LITERAL) return element.value;
    if (element.type === POUND) return '#';
    if (element.type === ARGUMENT || (element.type === NUMBER && !element.style)) return `{${element.value}}`;
    throw new Error(`an island cannot fill in a ${element.type === SELECT ? 'select' : 'nested or styled'} argument`);
  }).join('');
}
