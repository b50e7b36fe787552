/**
 * Any value as text for notices and events: strings as they are, the rest as JSON where
 * possible. Never throws, even for a proxy whose every trap throws.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}
