import SQLite from 'better-sqlite3';
import { CoreError } from '../errors';
import { firstUntrustedRow } from './evidence';
import { EVIDENCE_PROBLEM_WORDS, SCHEMA_TYPE_WORDS, SOURCE_WORDS } from './messages';
import { schemaDifference } from './schema';

export type FileSource = keyof typeof SOURCE_WORDS;

/**
 * Before a file replaces the workspace: its schema must be exactly the app's at its version (no
 * foreign trigger, view, index or table; none of ours missing or altered), and every frozen version
 * and approval in it must hold (evidence.ts). Opens the file read-only; throws a refusal naming the
 * first object or row that fails. The live workspace is not touched.
 */
export async function verifyReplacement(path: string, source: FileSource): Promise<void> {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    const difference = await schemaDifference(sqlite, version);
    if (difference) {
      const { object } = difference;
      throw new CoreError('validation', `error.restore_schema_${difference.kind}`, {
        source: SOURCE_WORDS[source],
        type: SCHEMA_TYPE_WORDS[object.type] ?? object.type,
        name: object.name,
      });
    }
    const failure = firstUntrustedRow(sqlite);
    if (failure)
      throw new CoreError('validation', 'error.evidence_untrusted', {
        source: SOURCE_WORDS[source],
        table: failure.table,
        id: failure.id,
        problem: EVIDENCE_PROBLEM_WORDS[failure.problem] ?? failure.problem,
      });
  } finally {
    sqlite.close();
  }
}
