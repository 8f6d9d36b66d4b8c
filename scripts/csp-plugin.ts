/**
 * Vite plugin: a Content-Security-Policy for the BUILT page, as a <meta http-equiv> in index.html
 * (issue 18). Only at build time (`apply: 'build'`): the dev server's hot reload injects inline
 * scripts and talks over a websocket, which this policy forbids.
 *
 * What each directive allows and why:
 * - scripts, workers, fetches: the page's own origin only. Vite emits every worker as a file of its
 *   own (`new Worker(new URL(…), { type: 'module' })`), so no `blob:` is needed; no `eval`.
 * - images: `data:` (the inline favicon) and `blob:` (the PNG and SVG exports are drawn through
 *   object URLs).
 * - styles: the page's own stylesheet, plus the ONE inline <style> element Cytoscape adds to the
 *   head (`.__________cytoscape_container { position: relative; }`, renderer init), allowed by its
 *   hash. No 'unsafe-inline': Svelte's `style:` directives and Cytoscape set styles through the
 *   CSSOM (`element.style…`, `style.cssText`), which CSP does not govern.
 * - `frame-ancestors` cannot be given by a meta element; README.md says how to send it as a header.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The text of the <style> element Cytoscape 3.34's renderer prepends to <head>. */
export const CYTOSCAPE_INLINE_STYLE = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The directives, in order; exported for the e2e test, which checks the built page carries them. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['style-src', `'self' ${sha256(CYTOSCAPE_INLINE_STYLE)}`],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CSP_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler() {
        // First in <head>, so the policy is in force before any script or style is met.
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_POLICY }, injectTo: 'head-prepend' }];
      },
    },
  };
}
