/**
 * The pane details moved to src/view/details.ts (they are pure view model, not state); this
 * re-export keeps the components' imports working until they point there.
 */
export * from '../view/details';
