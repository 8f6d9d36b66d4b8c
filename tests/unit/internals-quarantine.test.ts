// Cytoscape's private internals are touched only in src/cy/patches/ (issue 14): a patch there is
// pinned to one cytoscape release and tested to install, so an upgrade cannot break it silently.
// Anywhere else, `_private` or `.renderer()` would be an unguarded use of what Cytoscape may change.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

describe('Cytoscape internals', () => {
  it('are reached only from src/cy/patches/', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((file) => !relative(SRC, file).startsWith(join('cy', 'patches')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/_private\b|\.renderer\(\)/.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('are reached by the patches themselves (the check above looks at the right files)', () => {
    const patched = sourceFiles(join(SRC, 'cy', 'patches')).filter((file) => /_private\b|\.renderer\(\)/.test(readFileSync(file, 'utf8')));
    expect(patched.length).toBeGreaterThan(0);
  });
});
