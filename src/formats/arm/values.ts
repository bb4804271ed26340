// Value helpers shared by the ARM functions: type checks that raise the errors Azure would,
// deep equality, and the string forms ARM produces (.NET conventions: booleans are True/False).
import { Unknown } from './unknown.js';

export type JsonObject = Record<string, unknown>;

/** A template that Azure would reject while evaluating an expression. */
export class EvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalError';
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'int';
  return typeof value;
}

export function expectString(fn: string, value: unknown, position = 1): string {
  if (typeof value !== 'string') throw new EvalError(`${fn}() expects a string as argument ${position}, got ${typeName(value)}`);
  return value;
}

export function expectInt(fn: string, value: unknown, position = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new EvalError(`${fn}() expects an integer as argument ${position}, got ${typeName(value)}`);
  return value;
}

export function expectArray(fn: string, value: unknown, position = 1): unknown[] {
  if (!Array.isArray(value)) throw new EvalError(`${fn}() expects an array as argument ${position}, got ${typeName(value)}`);
  return value;
}

export function expectObject(fn: string, value: unknown, position = 1): JsonObject {
  if (!isObject(value)) throw new EvalError(`${fn}() expects an object as argument ${position}, got ${typeName(value)}`);
  return value;
}

export function expectBool(fn: string, value: unknown, position = 1): boolean {
  if (typeof value !== 'boolean') throw new EvalError(`${fn}() expects a boolean as argument ${position}, got ${typeName(value)}`);
  return value;
}

export function expectArity(fn: string, args: readonly unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${fn}() expects ${expected} argument${min === 1 && max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

/** The text ARM's string() and concat() give a value. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Property lookup as ARM does it: exact name first, then case-insensitive. */
export function getProperty(object: JsonObject, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}
