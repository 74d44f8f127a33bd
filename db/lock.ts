import fs from 'node:fs';

/**
 * PGlite has no cross-process locking and two processes on one folder corrupt it: refuse to
 * open a folder that a live process holds.
 *
 * The lock file names the holder by process id AND its start time (Linux: /proc/<pid>/stat).
 * After a crash (SIGKILL, power loss) the file stays behind, and by the next start its process
 * id may belong to another process: pids are reused, and in a container the same start-up
 * sequence hands out the same small pids again. A pid alone then read as "in use" and the server
 * refused to start until someone deleted the file (found by the crash test, scripts/chaos.mts).
 * A live pid whose start time differs is another process: the lock is stale.
 */
export function acquireLock(file: string): () => void {
  try {
    const [pidText, started] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
    const holder = Number(pidText);
    if (holder && holder !== process.pid && isAlive(holder) && sameProcess(holder, started)) {
      throw new Error(
        `DATA_DIR is in use by process ${holder} (${file}). Embedded PGlite allows one process; ` +
          'stop the other one, or set DATABASE_URL to use PostgreSQL.',
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(file, `${process.pid} ${startTimeOf(process.pid) ?? ''}`.trim());
  return () => fs.rmSync(file, { force: true });
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat); null where
 * there is no /proc (macOS, Windows): there the pid alone decides, as before.
 */
export function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The live process `pid` is the one that wrote the lock (unknown start times: assume so). */
function sameProcess(pid: number, started: string | undefined): boolean {
  if (!started) return true;
  const now = startTimeOf(pid);
  return now === null || now === started;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
