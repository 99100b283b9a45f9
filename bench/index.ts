/** `npm run bench`: runs every bench/*.bench.ts (each default-exports an async function) in name order. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv[2];
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
  .sort();
if (files.length === 0) console.log('no benchmarks found');
for (const file of files) {
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: () => Promise<void> };
  console.log(`\n## ${file}`);
  await mod.default();
}
