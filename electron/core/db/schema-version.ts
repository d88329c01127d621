/** A store written by a newer build: refused, never migrated down or guessed at. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`The workspace has schema version ${found}; this build knows up to ${known}. Update the app.`);
  }
}
