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

/**
 * A host-set property value as text to match against: strings as they are, null and undefined
 * as '', other values as `String()` gives them, and what `String()` cannot convert (an object
 * whose `toString` throws or that has none) as `describeValue` gives it. Never throws.
 */
export function hostText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- String() is the documented conversion
    return String(value);
  } catch {
    return describeValue(value);
  }
}
