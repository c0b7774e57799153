/**
 * The `partnership` command line: builds the yargs parser, runs one command, and maps what happened to an
 * exit code (DESIGN.md rule 4). `run` never exits the process; `bin.cts` sets `process.exitCode`.
 */
import yargs from 'yargs';
import { asOutputProblem } from '../fs-problems.js';
import { PartnershipError } from '../errors.js';
import { formatDiagnostic, processOutput, type Output } from './print.js';
import { forTerminal } from './terminal-text.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { CommandContext } from './context.js';
import { validateCommand } from './commands/validate.js';
import { schemaCommand } from './commands/schema.js';
import { initCommand } from './commands/init.js';
import { generateCommand } from './commands/generate.js';
import { explainCommand } from './commands/explain.js';
import { diffCommand } from './commands/diff.js';
import { addendumCommand } from './commands/addendum.js';
import { packageVersion } from './package-files.js';

const STDIN_ARG = '\u0000stdin';

const EPILOGUE = `Exit codes: 0 ok; 1 invalid input (a spec, a template, a missing, empty or unreadable
file, an unusable output folder; a batch in which every spec failed); 2 usage; 3 a batch in which
some specs failed and others succeeded; 70 internal error; 130 interrupted (Ctrl-C).

Start with:  partnership init --model lead_agency --out partnership.yaml
then edit it and run:  partnership validate partnership.yaml`;

// yargs's completion command prints its script whatever follows it, `--help` included.
const COMPLETION_HELP = `partnership completion

Print a completion script for the shell this runs in (bash or zsh): Tab then completes
commands and options. Install it once, then open a new shell:

  partnership completion >> ~/.bashrc    # bash
  partnership completion >> ~/.zshrc     # zsh`;

/** Run the CLI on `argv` (without node and script), printing to `output`; resolves to the exit code. */
export async function run(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const context: CommandContext = { output, exitCode: EXIT.ok };
  if (argv[0] === 'completion' && argv.some((arg) => arg === '--help' || arg === '-h')) {
    output.out(COMPLETION_HELP);
    return EXIT.ok;
  }
  // yargs drops a bare `-` (standard input) from positionals: carry it through under a name no shell
  // can pass (argv cannot hold NUL), and give it back to the commands as `-`.
  argv = argv.map((arg) => (arg === '-' ? STDIN_ARG : arg));
  const parser = yargs([...argv])
    .scriptName('partnership')
    .usage(
      '$0 <command> [options]\n\nTurn a partnership spec (YAML or JSON) into the documents\nthe partners sign, as Word, PDF and plain text.',
    )
    .command(validateCommand(context))
    .command(schemaCommand(context))
    .command(initCommand(context))
    .command(generateCommand(context))
    .command(explainCommand(context))
    .command(diffCommand(context))
    .command(addendumCommand(context))
    .middleware((args) => {
      for (const [key, value] of Object.entries(args)) {
        if (value === STDIN_ARG) args[key] = '-';
        else if (Array.isArray(value)) args[key] = value.map((v: unknown) => (v === STDIN_ARG ? '-' : v));
      }
    }, true)
    .demandCommand(1, 'Name a command: validate, schema, init, generate, explain, diff, addendum or completion.')
    .recommendCommands()
    .strict()
    .help()
    .alias('help', 'h')
    .version(packageVersion())
    .completion('completion', 'Print a shell completion script (bash, zsh): partnership completion >> ~/.bashrc')
    .epilogue(EPILOGUE)
    // cliui breaks words mid-way when it wraps; terminals wrap long lines at spaces by themselves.
    .wrap(null)
    .exitProcess(false)
    // yargs reports its own validation failures (unknown option, bad choice) with a message and no error;
    // those are usage errors. Errors thrown by a handler come through as `error` and keep their kind.
    .fail((message, error) => {
      if (error) throw error;
      throw new PartnershipError('usage', message);
    });
  try {
    let helpText = '';
    await parser.parseAsync([...argv], {}, (error, _args, text) => {
      if (error) throw error;
      helpText = text;
    });
    if (helpText) output.out(helpText);
    return context.exitCode;
  } catch (error) {
    return reportFailure(error, output);
  }
}

function reportFailure(thrown: unknown, output: Output): number {
  // A file-system failure the user can fix (a full disk, no permission) is theirs to fix, not a bug.
  const error = asOutputProblem(thrown);
  if (error instanceof PartnershipError) {
    for (const d of error.diagnostics) output.err(formatDiagnostic(d, output.paint));
    const help = error.kind === 'usage' ? '\nRun `partnership --help` for the commands and options.' : '';
    output.err(`partnership: ${forTerminal(error.message)}${help}`);
    return exitCodeFor(error.kind);
  }
  const detail = error instanceof Error ? (process.env.PARTNERSHIP_DEBUG ? error.stack : error.message) : String(error);
  output.err(
    `partnership: internal error: ${forTerminal(detail ?? '', false)}\nThis is a bug in partnership-docs, not in your spec; set PARTNERSHIP_DEBUG=1 for the stack trace and report it.`,
  );
  return EXIT.internal;
}
