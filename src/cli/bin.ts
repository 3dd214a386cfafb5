#!/usr/bin/env node
/** The `hvgate` executable: the process edge around the CLI. */
import { closablePipeWriter } from './closed-pipe.js';
import { main } from './main.js';

process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    env: process.env,
    stdout: closablePipeWriter(process.stdout),
    stderr: closablePipeWriter(process.stderr),
    stdoutIsTTY: process.stdout.isTTY,
    today: new Date().toISOString().slice(0, 10),
  },
  // Loaded only by a command that evaluates or lists policies: `--version` and `--help` need none.
  async () => (await import('../../policies/index.js')).policies,
);
