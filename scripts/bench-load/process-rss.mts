import fs from 'node:fs';

/**
 * Resident memory (RSS, bytes) of a process and all its descendants, from /proc (Linux):
 * `next start` serves from the process it starts, but a worker it forks would count too.
 */
export function treeRss(root: number): number {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Samples every second until stopped; `mark()` names the sample taken at a moment. */
export function sampleRss(pid: number) {
  const samples: number[] = [];
  const take = () => samples.push(treeRss(pid));
  take();
  const timer = setInterval(take, 1000);
  return {
    now: () => treeRss(pid),
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
