/**
 * What every command handler gets: where to print, and where to leave its exit code.
 */
import type { Output } from './print.js';

/** Shared state of one CLI run. */
export interface CommandContext {
  output: Output;
  /** The exit code the run ends with; a handler sets it, `run` returns it. */
  exitCode: number;
}
