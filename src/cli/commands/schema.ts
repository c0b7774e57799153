/**
 * `partnership schema`: where the JSON Schema is, so editors can complete and check specs as they are typed.
 */
import type { CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { schemaPath } from '../package-files.js';

interface SchemaArgs {
  print: boolean;
}

/** The schema command, bound to one CLI run. */
export function schemaCommand(context: CommandContext): CommandModule<object, SchemaArgs> {
  return {
    command: 'schema',
    describe: 'Show where the spec JSON Schema is (for editor completion and inline errors)',
    builder: (y) =>
      y
        .option('print', { type: 'boolean', default: false, describe: 'Print the schema itself instead of its path' })
        .example('$0 schema', 'Print the path, and the line to put at the top of a YAML spec')
        .example('$0 schema --print > partnership.schema.json', 'Save a copy of the schema') as never,
    handler: async (args) => {
      const path = schemaPath();
      if (args.print) {
        const { readFile } = await import('node:fs/promises');
        context.output.out(await readFile(path, 'utf8'));
        return;
      }
      context.output.out(path);
      context.output.err(
        `Put this first line in a YAML spec for completion and inline errors in editors using the YAML language server:\n# yaml-language-server: $schema=${path}`,
      );
    },
  };
}
