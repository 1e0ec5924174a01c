import { describe, expect, it } from 'vitest';
import { HOST_NAME_ERROR, parseHostName } from './host-name.ts';

describe('parseHostName', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['ar.localhost', 'ar.localhost'],
    ['  AR.Example.ORG  ', 'ar.example.org'],
    ['news.example.org.', 'news.example.org'],
    ['localhost', 'localhost'],
    ['xn--80aswg.xn--p1ai', 'xn--80aswg.xn--p1ai'],
    ['САЙТ.рф', 'xn--80aswg.xn--p1ai'],
    ['127.0.0.1', '127.0.0.1'],
    ['a-b.c1.example', 'a-b.c1.example'],
  ])('accepts %j as %j', (raw, host) => {
    expect(parseHostName(raw)).toEqual({ ok: true, host });
  });

  it.each([
    'http://ar.example.org', 'ar.example.org:3000', 'ar.example.org/news', 'ar example.org', 'user@ar.example.org',
    '-ar.example.org', 'ar-.example.org', 'ar..example.org', 'ar_news.example.org', `${'a'.repeat(64)}.example.org`,
    'ar.example.org?x', '[::1]', '.',
  ])('refuses %j', (raw) => {
    expect(parseHostName(raw)).toEqual({ ok: false, error: HOST_NAME_ERROR });
  });
});

describe('parseHostName in the admin’s language', () => {
  it('refuses in Russian when asked', () => {
    expect(parseHostName('http://ar.example.org', 'ru')).toEqual({ ok: false, error: 'Введите только имя хоста, например ar.example.org: без «http://», порта, пути и пробелов.' });
  });
});
