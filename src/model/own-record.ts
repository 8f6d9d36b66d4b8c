/**
 * Records keyed by user ids (actor and relation ids come from files: "constructor", "__proto__" and
 * "toString" are valid ids). A plain object answers `record["constructor"]` with Object's own
 * constructor when the id is missing, and `record["__proto__"] = p` changes the object's prototype
 * instead of storing p. Every read of such a record goes through ownValue and every write through
 * setOwn (or Object.fromEntries, spread and JSON.parse, which define own properties too); lookups
 * that need no record shape use a Map. docs/ARCHITECTURE.md states the rule.
 */

/** The record's own value for this key, never an inherited one. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Stores the value as the record's own property, even for the key "__proto__". */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
