import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('project skeleton', () => {
  it('pins transformers.js and lets only electron run install scripts', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.dependencies['@xenova/transformers']).toBe('2.17.2');
    expect(pkg.overrides.sharp).toBe('^0.33.5');
    expect(pkg.allowScripts.electron).toBe(true);
  });
});
