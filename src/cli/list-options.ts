/**
 * Checks the list-valued options (`--format`, `--documents`) against what exists, so a typo is a usage
 * error naming the choices rather than a failure halfway through writing.
 */
import { PartnershipError } from '../errors.js';

/**
 * The values of a list option, given once comma-separated or repeated (yargs then gives an array). The
 * options are declared as plain strings, not yargs arrays: an array option takes every word after it,
 * so `--format pdf spec.yaml` read the spec's name as a format.
 */
export type ListOption = string | readonly string[];

function splitList(option: ListOption): string[] {
  return (typeof option === 'string' ? [option] : option)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The formats asked for, each one a registered writer; duplicates removed, order kept. */
export async function parseFormatList(values: ListOption): Promise<string[]> {
  const { formatNames } = await import('../writers/index.js');
  const known = formatNames();
  const asked = [...new Set(splitList(values))];
  const unknown = asked.filter((f) => !known.includes(f));
  if (unknown.length > 0 || asked.length === 0) {
    throw new PartnershipError(
      'usage',
      `Cannot write format ${unknown.map((f) => `\`${f}\``).join(', ') || '(none)'}: expected one or more of ${known.join(', ')}`,
    );
  }
  return asked;
}

/** The documents asked for (snake_case or kebab-case), each one with a template. */
export async function parseDocumentList(values: ListOption, templatesDir?: string): Promise<string[]> {
  const { availableDocuments } = await import('../compose/index.js');
  const available: string[] = availableDocuments(templatesDir);
  const asked = [...new Set(splitList(values).map((v) => v.replace(/-/g, '_')))];
  const unknown = asked.filter((d) => !available.includes(d));
  if (unknown.length > 0 || asked.length === 0) {
    throw new PartnershipError(
      'usage',
      `Cannot generate document ${unknown.map((d) => `\`${d}\``).join(', ') || '(none)'}: expected one or more of ${available.join(', ')}`,
    );
  }
  return asked;
}
