// Builds the benchmark's bare Cytoscape + fcose page (bench/bare) into dist-bench/bare.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { builtinGraphPlugin } from '../scripts/builtin-graph-plugin';

export default defineConfig({
  root: resolve(import.meta.dirname, 'bare'),
  base: './',
  plugins: [builtinGraphPlugin()],
  build: { outDir: resolve(import.meta.dirname, '..', 'dist-bench', 'bare'), emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
