import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster of the test's own, to stop and start at will: never the
 * machine's main cluster, which other suites (and other people) use. Root (CI) runs the server
 * as the `postgres` user, as initdb refuses to run as root.
 */
export type Cluster = {
  port: number;
  url: (database: string) => string;
  start: () => void;
  /** `immediate`: no clean shutdown, as a crash or a pulled plug. */
  stop: (mode?: 'fast' | 'immediate') => void;
  destroy: () => void;
};

/** initdb and pg_ctl of the newest PostgreSQL installed the Debian way, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

export function createCluster(bin: string, port: number): Cluster {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-outage-pg-'));
  const data = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const line = [path.join(bin, cmd), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
    if (asRoot) execFileSync('su', ['postgres', '-c', line.join(' ')], { stdio: 'pipe' });
    else execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  // Trust on loopback only; fsync off: this cluster holds nothing worth keeping.
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: Cluster = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () =>
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop: (mode = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']),
    destroy: () => {
      try {
        cluster.stop('immediate');
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
