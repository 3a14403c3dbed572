/**
 * An editor's mistake in what they asked to import: one Vietnamese line,
 * no stack trace; the CLI prints it and writes nothing.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
