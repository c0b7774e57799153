#!/usr/bin/env node
/** Entry point of the `partnership` binary: run the CLI and leave its exit code to the process. */
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
