// A value that only Azure can know at deployment time (reference(), list*(), a parameter without
// a value). It reaches Rego as {"$unknown": "<expression>"}, which policies/lib/arm.rego recognises,
// so that no rule fails on a value it cannot see.
export class Unknown {
  readonly $unknown: string;

  constructor(expression: string) {
    this.$unknown = expression;
  }
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** True when the value is unknown or holds an unknown anywhere inside it. */
export function hasUnknown(value: unknown): boolean {
  if (value instanceof Unknown) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (value && typeof value === 'object') return Object.values(value).some(hasUnknown);
  return false;
}

/** How many unknown values a value holds. */
export function countUnknown(value: unknown): number {
  if (value instanceof Unknown) return 1;
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countUnknown(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, item) => n + countUnknown(item), 0);
  return 0;
}
