/** Something the gate was asked to use and cannot (a baseline file, a git ref, a date): exit 2, one line. */
export class GateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GateError';
  }
}
