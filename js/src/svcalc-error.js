/**
 * The error `evaluate` throws for a bad tender document. `errors` holds the
 * spec's error list: `{ code, path, message }` entries, `path` being an RFC 6901
 * JSON Pointer into the input.
 */
export class SvcalcError extends Error {
  /** @param {{code: string, path: string, message: string}[]} errors */
  constructor(errors) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(first ? `${first.message} [${first.code} at ${first.path || '/'}]${more}` : 'Invalid tender');
    this.name = 'SvcalcError';
    this.errors = errors;
  }
}
