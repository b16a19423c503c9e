// Whether a process of this machine still runs: signal 0 checks without touching it. EPERM means it
// runs under another user. Used to tell an abandoned lock or temp file from one still in use.
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
