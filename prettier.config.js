// Prettier: the code's existing style (single quotes, semicolons, trailing commas, long lines),
// so `npm run format` changes layout where it was inconsistent and little else. printWidth was
// chosen by measuring the churn of `prettier --write` on the tree at several widths (see
// docs/ARCHITECTURE.md, "Habits").
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-svelte'],
  printWidth: 160,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
