// Preloaded (`node --import`) into engine processes spawned by EngineProcess.ts: when the test process that
// spawned this one dies without killing it (Ctrl-C, a killed Vitest worker), the parent pid changes, and this
// process exits instead of living on as an orphan holding a port and database connections.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL');
}, 500).unref();
