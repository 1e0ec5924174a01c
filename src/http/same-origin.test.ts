import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin.ts';

const request = (headers: Record<string, string>) => ({ headers: { host: 'news.example', ...headers } }) as unknown as FastifyRequest;

describe('same-origin check for forms on cached pages', () => {
  it('trusts Fetch Metadata first', () => {
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'none' }))).toBe(true);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'cross-site', origin: 'https://news.example' }))).toBe(false);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-site' }))).toBe(false);
  });

  it('falls back to Origin against the Host or the public URL', () => {
    expect(isSameOriginRequest(request({ origin: 'http://news.example' }))).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'not a url' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'https://public.example' }), 'https://public.example')).toBe(true);
  });

  it('lets through requests no browser page made (no Origin, no Fetch Metadata)', () => {
    expect(isSameOriginRequest(request({}))).toBe(true);
  });
});
