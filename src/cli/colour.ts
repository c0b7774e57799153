/**
 * Whether to colour what is printed, and the paint to do it: on a terminal yes, never when `NO_COLOR` is
 * set (no-color.org) or the stream is a pipe or file, always when `FORCE_COLOR` is set (and not `0`).
 */
import picocolors from 'picocolors';

/** The few styles the CLI uses; each is the identity when colour is off. */
export interface Paint {
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
}

/** True when text written to a stream with this `isTTY` should be coloured, given `env`. */
export function colourWanted(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (force !== undefined) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}

/** Paint that colours when `enabled`, else leaves text as it is. */
export function paintFor(enabled: boolean): Paint {
  const c = picocolors.createColors(enabled);
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, bold: c.bold };
}

/** Paint that never colours. */
export const PLAIN: Paint = paintFor(false);
