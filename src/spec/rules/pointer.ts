/**
 * JSON Pointers (RFC 6901) for findings, and the dotted field path messages show for them.
 *
 * Pointers are built from segments so that keys holding `/` or `~` (period labels such as
 * "2026/27") are escaped correctly.
 */

/** Build a pointer from path segments: `pointer('funding', 'allocations', 2)` → `/funding/allocations/2`. */
export function pointer(...segments: readonly (string | number)[]): string {
  let ptr = '';
  for (const segment of segments) {
    const s = String(segment);
    ptr += '/' + (s.includes('~') || s.includes('/') ? s.replaceAll('~', '~0').replaceAll('/', '~1') : s);
  }
  return ptr;
}

/** Split a pointer back into its segments, unescaped. */
export function segmentsOf(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The field path a person reads in a message: `/funding/allocations/2/amount` →
 * `funding.allocations[2].amount`; keys that are not plain words are quoted (`by_period["2026/27"]`).
 */
export function fieldPath(ptr: string): string {
  let path = '';
  for (const segment of segmentsOf(ptr)) {
    if (/^[0-9]+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
