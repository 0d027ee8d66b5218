import type { ChildProcess } from 'node:child_process';

export interface RunningPortal {
  child: ChildProcess;
  dataDir: string;
}

declare global {
  // Handed from the global setup to the global teardown, which jest runs in the same process.
  var __REFERRAL_PORTAL__: RunningPortal | undefined;
}
