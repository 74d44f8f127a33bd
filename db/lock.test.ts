import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, startTimeOf } from './lock';

const dirs: string[] = [];
const lockFile = (content?: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-lock-'));
  dirs.push(dir);
  const file = path.join(dir, 'pglite.lock');
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Another live process: the test runner's parent.
const other = process.ppid;
const linux = startTimeOf(process.pid) !== null;

describe('the PGlite folder lock', () => {
  it('takes a free folder and names this process with its start time', () => {
    const file = lockFile();
    const release = acquireLock(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${process.pid} ${startTimeOf(process.pid) ?? ''}`.trim(),
    );
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a folder a live process holds', () => {
    const file = lockFile(`${other} ${startTimeOf(other) ?? ''}`.trim());
    expect(() => acquireLock(file)).toThrow(/in use by process/);
  });

  it('refuses on a lock of the old form (a live pid alone)', () => {
    expect(() => acquireLock(lockFile(String(other)))).toThrow(/in use by process/);
  });

  it('takes over the lock of a process that died (SIGKILL left the file behind)', () => {
    const file = lockFile('2147483646 12345');
    acquireLock(file)();
  });

  it.runIf(linux)(
    'takes over a stale lock whose pid now belongs to another process (pid reuse after a crash)',
    () => {
      // The crashed server's pid, handed to another live process since: its start time differs.
      const file = lockFile(`${other} 1`);
      const release = acquireLock(file);
      expect(fs.readFileSync(file, 'utf8').split(' ')[0]).toBe(String(process.pid));
      release();
    },
  );
});
