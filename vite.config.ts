// Vite builds the explorer; Vitest runs unit tests in Node and component tests in happy-dom.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtinGraphPlugin } from './scripts/builtin-graph-plugin';
import { builtinGraphAssetPlugin } from './scripts/builtin-graph-asset';

export default defineConfig({
  plugins: [svelte(), builtinGraphPlugin(), builtinGraphAssetPlugin()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
