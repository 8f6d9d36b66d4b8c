/**
 * Plain-language messages for the format's validation problems. zod's own read like a type
 * checker's ("Invalid input: expected string, received number"); a journalist fixing a file needs
 * "must be text (found a number)". Given to every safeParse as its error map, so a message a schema
 * sets itself ("must not be empty") still wins, and anything not handled here keeps zod's wording.
 * Types only from zod: this module adds nothing to the page's JavaScript.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** What the file has there, in words: "a number", "a list", "nothing". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.trim() === '' ? 'empty text' : `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const listOf = (values: readonly unknown[]): string => {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
};

/** Up to 5 field names, each cut to 80 characters (a hostile file may have thousands, each a megabyte long). */
const listOfKeys = (keys: readonly string[]): string => {
  const shown = keys.slice(0, 5).map((k) => (k.length > 80 ? `${k.slice(0, 80)}…` : k));
  return keys.length > 5 ? `${shown.join(', ')}, … (${keys.length} in all)` : shown.join(', ');
};

/** The message for one issue, or undefined to keep zod's own. */
export function readableIssue(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is missing';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected} (found ${describeValue(issue.input)})`;
    }
    case 'invalid_value':
      if (issue.input === undefined)
        return `is missing: it must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${listOf(issue.values)}`}`;
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])} (found ${describeValue(issue.input)})`
        : `must be one of ${listOf(issue.values)} (found ${describeValue(issue.input)})`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not know: ${listOfKeys(issue.keys)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${min} ${min === 1 ? 'item' : 'items'}`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min} (found ${describeValue(issue.input)})`;
      return undefined;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `takes at most ${max} ${max === 1 ? 'item' : 'items'}`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max} (found ${describeValue(issue.input)})`;
      return undefined;
    }
    case 'invalid_format':
      return issue.format === 'url'
        ? `must be a web address (found ${describeValue(issue.input)})`
        : `must be a valid ${issue.format} (found ${describeValue(issue.input)})`;
    case 'invalid_union':
      return `does not match any of the forms the format allows (found ${describeValue(issue.input)})`;
    default:
      return undefined;
  }
}
