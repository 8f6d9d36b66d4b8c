/**
 * Where a JSON text goes wrong, as a person finds it in an editor: line and column. The engines'
 * messages differ (V8 gives "position N" for some mistakes and a quoted piece of the text for
 * others, Firefox "line L column C") and can quote a long stretch of the file, so the place is
 * found here by a small scanner of JSON's grammar, run only after JSON.parse has failed. It keeps
 * its own stack of open brackets (no recursion), so a file nested a million levels deep is fine.
 */
import type { Problem } from './problems';

export interface JsonErrorPlace {
  /** 0-based offset into the text. */
  readonly offset: number;
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  /** What is wrong there, in words: "unexpected '}'", "the text ends too early". */
  readonly reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
/** The inside of a JSON string: no quote, backslash or control character (U+0000 to U+001F) unescaped. */
const STRING_BODY = new RegExp(`(?:[^"\\\\${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}]|\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*`, 'y');
const UNCLOSED = 'the text in quotes is not closed or holds a character JSON does not allow';

/** What the character at `offset` is, for a message: `'}'`, "a line break", "the end of the text". */
function shown(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const code = text.codePointAt(offset) ?? 0;
  if (code === 10 || code === 13) return 'a line break';
  if (code < 0x20) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${String.fromCodePoint(code)}'`;
}

type Failure = { readonly offset: number; readonly reason: string };

/** A scanner of JSON's grammar with its own stack of open brackets. */
class Scanner {
  private i = 0;
  private readonly stack: ('{' | '[')[] = [];
  constructor(private readonly text: string) {}

  private fail(what: string): Failure {
    return { offset: this.i, reason: `${what}, found ${shown(this.text, this.i)}` };
  }

  private skip(): void {
    while (this.i < this.text.length && WHITESPACE.has(this.text[this.i]!)) this.i++;
  }

  /** A string at `i` (which holds '"'); false when it is not closed or holds what JSON forbids. */
  private string(): boolean {
    STRING_BODY.lastIndex = this.i + 1;
    STRING_BODY.exec(this.text);
    this.i = STRING_BODY.lastIndex;
    if (this.text[this.i] !== '"') return false;
    this.i++;
    return true;
  }

  /** `"name":` inside an object. */
  private member(): Failure | undefined {
    if (this.text[this.i] !== '"') return this.fail('expected a property name in double quotes');
    if (!this.string()) return this.fail(UNCLOSED);
    this.skip();
    if (this.text[this.i] !== ':') return this.fail("expected ':' after the property name");
    this.i++;
    return undefined;
  }

  /** One value, or the opening of an array or object; `done` is whether a whole value ended. */
  private value(): Failure | { done: boolean } {
    const ch = this.text[this.i];
    if (ch === '{' || ch === '[') {
      this.i++;
      this.skip();
      if (this.text[this.i] === (ch === '{' ? '}' : ']')) {
        this.i++;
        return { done: true };
      }
      this.stack.push(ch);
      return ch === '{' ? (this.member() ?? { done: false }) : { done: false };
    }
    if (ch === '"') return this.string() ? { done: true } : this.fail(UNCLOSED);
    NUMBER.lastIndex = this.i;
    LITERAL.lastIndex = this.i;
    const m = NUMBER.exec(this.text) ?? LITERAL.exec(this.text);
    if (!m || m[0].length === 0) return this.fail('expected a value');
    this.i += m[0].length;
    return { done: true };
  }

  /** After a value: a comma (and, in an object, the next name) or a closing bracket. */
  private after(): Failure | { more: boolean } | undefined {
    const top = this.stack.at(-1);
    if (top === undefined) return this.i < this.text.length ? this.fail('expected the end of the text after the value') : undefined;
    const ch = this.text[this.i];
    if (ch === ',') {
      this.i++;
      this.skip();
      return top === '{' ? (this.member() ?? { more: true }) : { more: true };
    }
    if (ch !== (top === '{' ? '}' : ']')) return this.fail(`expected ',' or '${top === '{' ? '}' : ']'}'`);
    this.stack.pop();
    this.i++;
    return { more: false };
  }

  /** The first mistake, or undefined when the text is valid JSON. */
  run(): Failure | undefined {
    let expectValue = true;
    for (;;) {
      this.skip();
      if (expectValue) {
        const step = this.value();
        if ('reason' in step) return step;
        expectValue = !step.done;
        continue;
      }
      const step = this.after();
      if (step === undefined || 'reason' in step) return step;
      expectValue = step.more;
    }
  }
}

/** Line and column (1-based) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Where the JSON text goes wrong; for a valid text (the engine refused it for another reason), its start. */
export function jsonErrorPlace(text: string): JsonErrorPlace {
  const found = new Scanner(text).run() ?? { offset: 0, reason: 'the engine could not read it' };
  return { ...found, ...lineAndColumn(text, found.offset) };
}

/** Parses JSON, naming the file and the line and column of the first mistake (json-location.ts). */
export function parseJsonFile(file: { readonly path: string; readonly text: string }, problems: Problem[]): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch {
    const place = jsonErrorPlace(file.text);
    problems.push({
      name: 'ParseError',
      file: file.path,
      item: '',
      field: '',
      message: `is not valid JSON at line ${place.line}, column ${place.column}: ${place.reason}`,
    });
    return undefined;
  }
}
