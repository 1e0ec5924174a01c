// sharp (libvips) is loaded on first use, not at start: it adds about 30 MB to a node's memory,
// and most nodes only ever serve pages whose images were resized long ago (docs/scaling.md).
import type sharpType from 'sharp';

export type Sharp = typeof sharpType;

let loading: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then((module) => module.default).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
