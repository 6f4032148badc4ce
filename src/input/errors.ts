/**
 * An input the linter cannot read: wrong encoding, binary data, broken front matter or
 * markup. The message is shown to the user as is, so it is in Russian; the CLI maps this
 * class to exit code 2 (unreadable input).
 */
export class InputError extends Error {
  /** 1-based line in the input the problem was found at, when known. */
  readonly line?: number;

  constructor(message: string, options?: { line?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InputError';
    if (options?.line !== undefined) this.line = options.line;
  }
}
