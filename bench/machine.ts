import os from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface MachineInfo {
  cpu: string;
  /** 1-minute load average when the run started (other work on the machine skews every number). */
  loadAverage: number;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  autocannon: string;
  prism: string;
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The machine the numbers come from (they mean little without it). */
export function machineInfo(root: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    loadAverage: os.loadavg()[0],
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    autocannon: packageVersion(root, 'autocannon'),
    prism: packageVersion(root, '@stoplight/prism-cli'),
  };
}

/** Resident set size and its peak (MB) of a process, from /proc/<pid>/status (Linux). */
export function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field} line.`);
    return Number(match[1]) / 1024;
  };
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat (Linux, 100 ticks/s). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The whole machine's CPU time so far (all cores), busy and in total, ms, from /proc/stat (100 ticks/s). */
export function machineCpuMs(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * 10, total: (busy + idle + iowait) * 10 };
}
