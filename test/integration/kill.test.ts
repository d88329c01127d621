import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const KILLS = Number(process.env.WORKBENCH_KILLS ?? 50);

/** Start the writer, let it write for a random while, SIGKILL it; return what it acknowledged. */
function runAndKill(dbPath: string, lingerMs: number): Promise<Map<number, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/fixtures/kill-writer.ts'), dbPath], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked = new Map<number, string>();
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+) (\S+)$/.exec(line);
        if (m) acked.set(Number(m[1]), m[2]!);
        if (line === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), lingerMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited by itself (${code}): ${stderr}`));
    });
  });
}

describe('crash safety: SIGKILL during writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-kill-'));
  const dbPath = join(dir, 'workbench.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged write over ${KILLS} kills, and every reopen passes integrity_check`, async () => {
    const everAcked = new Map<number, string>();
    let kills = 0;
    for (let i = 0; i < KILLS; i++) {
      const acked = await runAndKill(dbPath, 20 + Math.floor(Math.random() * 300));
      kills++;
      for (const [id, title] of acked) everAcked.set(id, title);

      const db = new SQLite(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = db.prepare('select id, title from quotes').all() as { id: number; title: string }[];
        const stored = new Map(rows.map((r) => [r.id, r.title]));
        for (const [id, title] of everAcked) expect(stored.get(id), `quote ${id} after kill ${kills}`).toBe(title);
      } finally {
        db.close();
      }
    }
    expect(kills).toBe(KILLS);
    expect(everAcked.size).toBeGreaterThan(KILLS);
    console.log(`kill test: ${kills} kills, ${everAcked.size} acknowledged writes, 0 lost`);
  }, 600_000);
});
