#!/usr/bin/env node
/** Entry point of the `partnership` binary: run the bundled CLI and leave its exit code to the process. */
import { loadCli } from './cli-bundle.cjs';

/** EXIT.internal of exit-codes.ts, which lives inside the bundle this file has failed to load. */
const EXIT_INTERNAL = 70;

let cli: ReturnType<typeof loadCli> | undefined;
try {
  cli = loadCli();
} catch (error) {
  process.stderr.write(
    `partnership: internal error: cannot load the CLI: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = EXIT_INTERNAL;
}
void cli?.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Everything is done and printed: leave now rather than wait for V8's background work (compiling
  // code that just got hot) to drain, 10–20 ms after a spec with problems. Output still queued (an
  // asynchronous pipe) is left to flush and the process ends on its own.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
