// Forms that may carry an image. The multipart body is read in the handler, after the
// global CSRF check has passed (the token comes in the action URL, `?_csrf=…`), so a
// forged post never makes us buffer or decode a file. The same handlers also accept
// urlencoded bodies, which is what a form without a file input sends.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { AppDeps } from '../app-deps.ts';
import { stripControlCharacters } from '../lib/control-characters.ts';

export interface UploadedFile {
  fieldName: string;
  filename: string;
  data: Buffer;
}

export interface SubmittedForm {
  fields: Record<string, string | string[]>;
  file: UploadedFile | undefined;
}

/** Registers multipart parsing in the calling plugin's scope only. */
export async function registerUploads(app: FastifyInstance, deps: Pick<AppDeps, 'config'>): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 200, fieldSize: deps.config.maxBodyBytes, parts: 210 },
    // An oversize file answers 413 instead of being silently cut short.
    throwFileSizeLimit: true,
  });
}

function addField(fields: Record<string, string | string[]>, name: string, raw: string): void {
  const value = stripControlCharacters(raw);
  const current = fields[name];
  if (current === undefined) fields[name] = value;
  else fields[name] = Array.isArray(current) ? [...current, value] : [current, value];
}

/** Reads every field and at most one file (an empty file input counts as no file). */
export async function readSubmittedForm(request: FastifyRequest): Promise<SubmittedForm> {
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(body)) {
      for (const v of [value].flat()) if (typeof v === 'string') addField(fields, name, v);
    }
    return { fields, file: undefined };
  }
  const fields: Record<string, string | string[]> = {};
  let file: UploadedFile | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.filename !== '' || data.length > 0) file = { fieldName: part.fieldname, filename: part.filename, data };
    } else if (typeof part.value === 'string') {
      addField(fields, part.fieldname, part.value);
    }
  }
  return { fields, file };
}
