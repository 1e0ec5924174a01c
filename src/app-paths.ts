import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Static files shipped with Serai (stylesheets, icons), served under /assets/. */
export const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');
