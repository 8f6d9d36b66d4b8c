/**
 * Saved views: a name, the time it was saved, the URL hash of the explorer's state (formatted by
 * url-state.ts, so any field added to the URL is saved too) and the canvas's zoom and pan, kept in
 * the browser's storage. What comes back from storage is outside data (another version of the
 * page, another tab, a user's edits): it is read defensively, and what is wrong (bad JSON, wrong
 * shapes, huge values) is dropped with a message, never thrown. Storage is injected, so the store
 * runs in Node tests with a fake; a storage that refuses to write (private mode, quota) is reported.
 */

/** The canvas's view: Cytoscape's zoom and pan (the model origin's place on the canvas, in pixels). */
export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

export interface SavedView {
  readonly name: string;
  /** The URL hash ("" for the default view, else "#…"). */
  readonly hash: string;
  readonly viewport: Viewport | null;
  /** When it was saved, as an ISO 8601 time. */
  readonly savedAt: string;
}

/** The part of Web Storage the store uses (localStorage in the page, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const SAVED_VIEWS_KEY = 'belarus-thaw-graph:saved-views:v1';
export const MAX_NAME_LENGTH = 80;
export const MAX_VIEWS = 50;
/** A hash longer than this is not one of ours (ours are a few hundred characters). */
export const MAX_HASH_LENGTH = 4000;
/** Stored text longer than this is not read at all. */
export const MAX_STORED_LENGTH = 400_000;
const MAX_ZOOM = 100;
const MAX_PAN = 1e7;

/** A name as stored: white space folded and trimmed, control characters removed, at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const controls = /[\u0000-\u001f\u007f]/g;
  const folded = name.replace(controls, ' ').replace(/\s+/g, ' ').trim();
  return [...folded].slice(0, MAX_NAME_LENGTH).join('').trim();
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readViewport(value: unknown): Viewport | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !isRecord(value.pan)) return undefined;
  const { zoom } = value;
  const { x, y } = value.pan;
  if (typeof zoom !== 'number' || typeof x !== 'number' || typeof y !== 'number') return undefined;
  if (!(zoom > 0 && zoom <= MAX_ZOOM) || !(Math.abs(x) <= MAX_PAN) || !(Math.abs(y) <= MAX_PAN)) return undefined;
  return { zoom, pan: { x, y } };
}

/** One stored entry, or why it is dropped. */
function readView(value: unknown): SavedView | string {
  if (!isRecord(value)) return 'not an object';
  const name = typeof value.name === 'string' ? cleanName(value.name) : '';
  if (name === '') return 'no name';
  const { hash, savedAt } = value;
  if (typeof hash !== 'string' || (hash !== '' && !hash.startsWith('#'))) return `“${name}”: no URL hash`;
  if (hash.length > MAX_HASH_LENGTH) return `“${name}”: its URL hash is too long`;
  const viewport = readViewport(value.viewport);
  if (viewport === undefined) return `“${name}”: its zoom or pan is not a usable number`;
  if (typeof savedAt !== 'string' || savedAt.length > 40 || Number.isNaN(Date.parse(savedAt))) return `“${name}”: no valid time`;
  return { name, hash, viewport, savedAt };
}

export interface ReadResult {
  readonly views: readonly SavedView[];
  /** What was dropped and why, one line each (empty when everything was read). */
  readonly problems: readonly string[];
}

/** Reads the stored text (null: nothing stored). Never throws. */
export function readSavedViews(text: string | null): ReadResult {
  if (text === null || text === '') return { views: [], problems: [] };
  if (text.length > MAX_STORED_LENGTH) return { views: [], problems: ['The saved views were too large to read and were set aside.'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { views: [], problems: ['The saved views could not be read (not JSON) and were set aside.'] };
  }
  const list = isRecord(parsed) ? parsed.views : undefined;
  if (!Array.isArray(list)) return { views: [], problems: ['The saved views were not in a form this page knows and were set aside.'] };
  const views: SavedView[] = [];
  const problems: string[] = [];
  for (const [i, entry] of list.entries()) {
    const view = readView(entry);
    if (typeof view === 'string') problems.push(`Saved view ${i + 1} dropped: ${view}.`);
    else if (views.some((v) => sameName(v.name, view.name))) problems.push(`Saved view ${i + 1} dropped: “${view.name}” is there twice.`);
    else if (views.length >= MAX_VIEWS) problems.push(`Saved view ${i + 1} dropped: more than ${MAX_VIEWS} views.`);
    else views.push(view);
  }
  return { views, problems };
}

export const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The result of a change: the message says what happened (or why nothing did). */
export interface ChangeResult {
  readonly ok: boolean;
  readonly message: string;
}

/** The saved views in a storage, read once and written back on every change. */
export class SavedViewsStore {
  readonly #storage: KeyValueStorage | undefined;
  #views: readonly SavedView[];
  /** What reading the storage dropped. */
  readonly problems: readonly string[];

  constructor(storage: KeyValueStorage | undefined) {
    this.#storage = storage;
    let text: string | null = null;
    let unreadable: string[] = [];
    try {
      text = storage?.getItem(SAVED_VIEWS_KEY) ?? null;
    } catch {
      unreadable = ['The browser would not let this page read its saved views.'];
    }
    const read = readSavedViews(text);
    this.#views = read.views;
    this.problems = [...unreadable, ...read.problems];
  }

  get views(): readonly SavedView[] {
    return this.#views;
  }

  find(name: string): SavedView | undefined {
    const clean = cleanName(name);
    return this.#views.find((v) => sameName(v.name, clean));
  }

  /** Saves (or replaces, under the same name) a view; the newest comes first. */
  save(name: string, hash: string, viewport: Viewport | null, now: Date): ChangeResult {
    const clean = cleanName(name);
    if (clean === '') return { ok: false, message: 'Give the view a name.' };
    const view = readView({ name: clean, hash, viewport, savedAt: now.toISOString() });
    if (typeof view === 'string') return { ok: false, message: `This view cannot be saved: ${view}.` };
    const replaced = this.find(clean) !== undefined;
    const others = this.#views.filter((v) => !sameName(v.name, clean));
    if (!replaced && others.length >= MAX_VIEWS) return { ok: false, message: `There are already ${MAX_VIEWS} saved views: delete one first.` };
    return this.#write([view, ...others], replaced ? `Replaced the view “${clean}”.` : `Saved the view “${clean}”.`);
  }

  rename(from: string, to: string): ChangeResult {
    const view = this.find(from);
    const clean = cleanName(to);
    if (!view) return { ok: false, message: `There is no view “${cleanName(from)}”.` };
    if (clean === '') return { ok: false, message: 'Give the view a name.' };
    const clash = this.find(clean);
    if (clash && clash !== view) return { ok: false, message: `There is already a view “${clash.name}”.` };
    return this.#write(
      this.#views.map((v) => (v === view ? { ...v, name: clean } : v)),
      `Renamed “${view.name}” to “${clean}”.`,
    );
  }

  delete(name: string): ChangeResult {
    const view = this.find(name);
    if (!view) return { ok: false, message: `There is no view “${cleanName(name)}”.` };
    return this.#write(
      this.#views.filter((v) => v !== view),
      `Deleted the view “${view.name}”.`,
    );
  }

  #write(views: readonly SavedView[], message: string): ChangeResult {
    try {
      this.#storage?.setItem(SAVED_VIEWS_KEY, JSON.stringify({ views }));
    } catch {
      this.#views = views;
      return { ok: true, message: `${message} The browser would not store it: it lasts until the page is closed.` };
    }
    this.#views = views;
    return { ok: true, message: this.#storage ? message : `${message} This browser has no storage: it lasts until the page is closed.` };
  }
}
