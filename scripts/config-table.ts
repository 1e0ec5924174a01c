// Prints the README's configuration table from src/config.ts (npm run docs:config).
import { SETTINGS } from '../src/config.ts';

const rows = SETTINGS.map((s) => `| \`${s.env}\` | ${s.default === '' ? '(empty)' : `\`${s.default}\``} | ${s.doc} |`);
console.log(['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n'));
