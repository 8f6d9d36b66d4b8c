/**
 * The page's theme (issue 17): light, dark, or the system's (`prefers-color-scheme`, the default),
 * remembered in localStorage (a stored value that is not a choice is ignored). One instance for
 * the page: the toolbar's toggle sets it, the canvas and the legends read `theme` and `palette`,
 * and the root element's `data-theme` and `color-scheme` switch the CSS variables of app.css.
 */
import { PALETTES, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type Theme, type ThemeChoice, type ThemePalette } from '../view/themes';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function storedChoice(): ThemeChoice | undefined {
  try {
    return parseThemeChoice(globalThis.localStorage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return undefined; // storage refused (private mode, a sandbox): the system decides
  }
}

export class ThemeState {
  choice: ThemeChoice = $state('system');
  systemPrefersDark = $state(false);

  constructor() {
    this.choice = storedChoice() ?? 'system';
    const query = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
    if (query) {
      this.systemPrefersDark = query.matches;
      query.addEventListener?.('change', (event) => {
        this.systemPrefersDark = event.matches;
        this.#apply();
      });
    }
    this.#apply();
  }

  get theme(): Theme {
    return resolveTheme(this.choice, this.systemPrefersDark);
  }

  get palette(): ThemePalette {
    return PALETTES[this.theme];
  }

  /** Picks a theme (or the system's) and remembers it. */
  choose(choice: ThemeChoice): void {
    this.choice = choice;
    try {
      globalThis.localStorage?.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // not remembered, still applied
    }
    this.#apply();
  }

  /** The root element says the theme, for app.css's variables and the browser's own controls. */
  #apply(): void {
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    root.dataset.theme = this.theme;
    root.style.colorScheme = this.theme;
  }
}

export const themeState = new ThemeState();
