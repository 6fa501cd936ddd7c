/** InputError: a bad input file, reported as one line `path: message`; the other files go on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
