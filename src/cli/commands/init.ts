/**
 * `partnership init`: write a complete, commented starter spec for a structure model, so a newcomer starts
 * from a spec that validates rather than from a blank page.
 */
import type { CommandModule } from 'yargs';
import { PartnershipError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { schemaPath } from '../package-files.js';

// Listed here rather than imported, so `--help` does not load the spec stage; a test keeps it equal to the starters'.
const MODELS = [
  'informal_network',
  'mou_only',
  'lead_agency',
  'managing_agent',
  'managing_provider',
  'constituted_consortium',
  'joint_contract',
];

interface InitArgs {
  model: string;
  /** As typed: parsed here, so a message can show what was given (not "NaN"). */
  members: string;
  out?: string;
  force: boolean;
}

/** The init command, bound to one CLI run. */
export function initCommand(context: CommandContext): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'Write a commented starter spec for a structure model',
    builder: (y) =>
      y
        .option('model', {
          type: 'string',
          choices: MODELS,
          default: 'lead_agency',
          describe: 'Structure model: who contracts with the funder and carries the risk',
        })
        .option('members', { type: 'string', default: '3', describe: 'Number of member organisations (2–40)' })
        .option('out', { type: 'string', describe: 'File to write (default: print to stdout)' })
        .option('force', { type: 'boolean', default: false, describe: 'Overwrite --out if it exists' })
        .example(
          '$0 init --model lead_agency --members 4 --out partnership.yaml',
          'A funded lead-agency consortium of four',
        )
        .example('$0 init --model mou_only --members 2', 'A two-party MoU, printed') as never,
    handler: async (args) => {
      const { starterSpec, MAX_STARTER_MEMBERS } = await import('../../spec/index.js');
      const typed = String(args.members);
      const members = /^[0-9]{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;
      if (!Number.isInteger(members) || members < 2 || members > MAX_STARTER_MEMBERS) {
        throw new PartnershipError(
          'usage',
          `Cannot make a starter with --members ${JSON.stringify(typed)}: expected a whole number from 2 to ${MAX_STARTER_MEMBERS} (a partnership needs at least two organisations)`,
        );
      }
      const { existsSync } = await import('node:fs');
      const { relative, dirname, resolve } = await import('node:path');
      const schemaRef = args.out ? relative(dirname(resolve(args.out)), schemaPath()) : schemaPath();
      const text = starterSpec(args.model as never, members, schemaRef);
      if (!args.out) {
        context.output.out(text);
        return;
      }
      if (existsSync(args.out) && !args.force) {
        throw new PartnershipError(
          'input',
          `Cannot write ${args.out}: the file exists; choose another --out or add --force to overwrite it`,
        );
      }
      const { writeFileAtomic } = await import('../../batch/index.js');
      await writeFileAtomic(args.out, new TextEncoder().encode(text));
      context.output.err(
        `Wrote ${args.out} (${args.model}, ${members} members). Replace the values marked "example: replace", then run: partnership validate ${args.out}`,
      );
    },
  };
}
