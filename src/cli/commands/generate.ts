/**
 * `partnership generate <files|folders|globs…>`: find the specs, check them all, then write each valid
 * spec's documents as Word, PDF and text under `<out>/<spec_id>/<version>/`, on a pool of workers, with
 * `<out>/manifest.json` saying what was made from what. The work is in src/batch; this file holds the
 * options, and generate-batch.ts turns the outcome into output and an exit code.
 */
import type { CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { generateBatch, type GenerateArgs } from '../generate-batch.js';

/** The generate command, bound to one CLI run. */
export function generateCommand(context: CommandContext): CommandModule<object, GenerateArgs> {
  return {
    command: 'generate <specs..>',
    describe: "Write specs' documents as Word, PDF and text, many at once",
    builder: (y) =>
      y
        .positional('specs', {
          type: 'string',
          array: true,
          demandOption: true,
          describe:
            'Spec files, folders (searched recursively) or quoted glob patterns such as "specs/**/*.yaml"; - reads one spec from standard input',
        })
        .option('out', {
          type: 'string',
          default: 'output',
          describe: 'Folder to write into; files go to <out>/<spec_id>/<version>/, and <out>/manifest.json lists them',
        })
        .option('format', {
          type: 'string',
          default: 'docx,pdf,txt',
          describe: 'Formats, comma-separated (or the option repeated): docx, pdf, txt',
        })
        .option('documents', {
          type: 'string',
          describe:
            "Documents to write, comma-separated (default: each spec's meta.documents), e.g. partnership_agreement",
        })
        .option('templates', {
          type: 'string',
          describe: 'Folder of your own templates; each replaces the built-in one of the same name',
        })
        .option('jobs', {
          type: 'number',
          describe: 'Worker threads (default: the number of cores)',
        })
        .option('force', {
          type: 'boolean',
          default: false,
          describe: 'Regenerate packs even when nothing they are made from has changed',
        })
        .option('fail-fast', {
          type: 'boolean',
          default: false,
          describe: 'Stop at the first spec that fails, generating nothing after it',
        })
        .option('dry-run', {
          type: 'boolean',
          default: false,
          describe: 'List what would be written and what would be skipped; write nothing',
        })
        .option('review', {
          type: 'boolean',
          default: false,
          describe:
            'Also write a reviewer copy of each document, <document>-review.<ext>: every value taken from the spec is marked with the spec field and line it came from (a comment in Word, a numbered marker in PDF and text, listed in a table of sources at the end)',
        })
        .option('strict', {
          type: 'boolean',
          default: false,
          describe: 'Refuse to generate a spec that has warnings',
        })
        .option('quiet', {
          type: 'boolean',
          default: false,
          describe: 'Print problems only: no progress, no list of packs, and the summary only when a spec failed',
        })
        .option('json', {
          type: 'boolean',
          default: false,
          describe: 'Print the summary and every failure as JSON on standard output',
        })
        .example('$0 generate partnership.yaml', 'Every document the spec lists, in all three formats, into output/')
        .example('$0 generate specs/ --out packs', 'Every spec in specs/ and its subfolders')
        .example(
          '$0 generate partnership.yaml --review',
          'The documents and, beside each, a reviewer copy tracing its values to the spec',
        )
        .example('$0 generate "bids/**/*.yaml" --jobs 2', 'Specs matching a pattern, on two workers')
        .example(
          '$0 generate --format pdf --documents partnership_agreement partnership.yaml',
          'Just the agreement as PDF',
        ) as never,
    handler: async (args) => {
      context.exitCode = await generateBatch(args, context.output);
    },
  };
}
