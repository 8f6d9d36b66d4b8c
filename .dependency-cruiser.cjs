// The import rules between src/ folders (docs/ARCHITECTURE.md, "Import rules"), checked by
// `npm run lint` (depcruise src). Layers, lowest first; each may import only those below it:
//
//   model                     pure data: nothing of ours, no DOM, no Svelte, no Cytoscape
//   view                      model
//   layout, export            model, view (siblings: neither imports the other)
//   state                     model, view, layout, export, after-paint.ts, metrics-client.ts
//   cy                        model, view, layout, export, after-paint.ts (never state, components)
//   components                all of the above, import-client.ts, export-wiring.ts; never `cytoscape`
//   main.ts, App.svelte, export-wiring.ts, import-client.ts   the composition root: anything
//                             (nothing but main.ts imports App.svelte; nothing imports main.ts)
//   workers/                  model, view, layout, and their client's types (import type only)
//
// Type-only imports count: a layer that names a type of the layer above it depends on it.
// Tests, scripts and bench may import anything; they are not cruised.

/** Top-level files that anything from state upwards may use: they import nothing of ours above model. */
const PLATFORM = '^src/(after-paint|metrics-client)\\.ts$';
/** An installed package, as dependency-cruiser names it: by its resolved path. */
const NPM = '(^|/)node_modules/';
/** cytoscape and its extensions (cytoscape-fcose), their own types or @types. */
const CYTOSCAPE = `${NPM}(@types/)?cytoscape`;
/** Type declarations of virtual modules and untyped packages. */
const DECLARATIONS = '\\.d\\.ts$';

/** Forbid `from` to import any of our src/ files outside `allowed` (regexes of paths). */
function onlyImports(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: '^src/', pathNot: [...allowed, DECLARATIONS] },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order matter and layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing (the virtual: modules of the Vite plugins excepted).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    onlyImports('model-is-pure', 'src/model/ is pure data: it imports nothing of ours outside model/.', '^src/model/', ['^src/model/']),
    {
      name: 'model-no-ui-libraries',
      comment: 'src/model/ runs in Node tests and workers: no Svelte, no Cytoscape.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: [`${NPM}svelte/`, CYTOSCAPE] },
    },
    onlyImports('view-only-model', 'src/view/ is the renderer-independent view model: model and view only.', '^src/view/', ['^src/(model|view)/']),
    onlyImports('layout-only-model-view', 'src/layout/ is pure layout math over model and view data (label boxes, element data).', '^src/layout/', [
      '^src/(model|view|layout)/',
    ]),
    onlyImports('export-only-model-view', 'src/export/ lays out captions and legends from model and view; drawing on a canvas is cy/.', '^src/export/', [
      '^src/(model|view|export)/',
    ]),
    onlyImports('state-not-cy', 'src/state/ talks to the canvas through view/canvas-port.ts, never through src/cy/.', '^src/state/', [
      '^src/(model|view|layout|export|state)/',
      PLATFORM,
    ]),
    onlyImports('cy-not-state', 'src/cy/ is driven through the CanvasPort: it never imports state/ or components/.', '^src/cy/', [
      '^src/(model|view|layout|export|cy)/',
      '^src/after-paint\\.ts$',
    ]),
    onlyImports('components-not-root', 'Components are mounted by the root; they never import main.ts or App.svelte.', '^src/components/', [
      '^src/(model|view|layout|export|state|cy|components)/',
      PLATFORM,
      '^src/(import-client|export-wiring)\\.ts$',
    ]),
    onlyImports('platform-only-model', 'after-paint.ts and metrics-client.ts sit under state/ and cy/: they import only model/.', PLATFORM, ['^src/model/']),
    onlyImports('workers-only-pure', 'A worker runs pure code: model, view, layout, and its client for the message types.', '^src/workers/', [
      '^src/(model|view|layout|workers)/',
      '^src/[^/]+-client\\.ts$',
    ]),
    {
      name: 'workers-client-types-only',
      comment: 'A worker may name its client’s message types but never run the client (it would start a worker in a worker).',
      severity: 'error',
      from: { path: '^src/workers/' },
      to: { path: '^src/[^/]+-client\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-cy-imports-cytoscape',
      comment: 'src/cy/ is the only code that imports cytoscape or its extensions (types included).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cy/' },
      to: { path: CYTOSCAPE },
    },
    {
      name: 'src-not-tests-scripts-bench',
      comment: 'The app never imports tests, scripts or benchmarks (Vite plugins come in as virtual: modules).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts|bench)/' },
    },
    {
      name: 'nothing-imports-the-app',
      comment: 'main.ts mounts App.svelte; nothing else imports either.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^src/(main\\.ts|App\\.svelte)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Count `import type` as a dependency, and tell it apart for workers-client-types-only.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types', 'browser', 'svelte'],
      extensions: ['.ts', '.js', '.svelte', '.d.ts', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
