/** A policy directory that cannot be built, tested or scaffolded: exit code 2, with a message naming the file. */
export class AuthoringError extends Error {}
