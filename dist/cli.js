#!/usr/bin/env node
import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  commandHelp,
  globalHelp,
  inertText,
  parseCommandArgs,
  versionLine
} from "./chunk-E5FRVJZQ.js";
import "./chunk-A3OBTB3H.js";
import {
  clean
} from "./chunk-IQFO5BKM.js";
import {
  UsageError,
  isUserError
} from "./chunk-36VZIVIE.js";
import {
  closest
} from "./chunk-U2XKFNE5.js";
import "./chunk-ORKAOT74.js";

// src/cli/closed-pipe.ts
function closablePipeWriter(stream) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

// src/cli/main.ts
async function main(argv, environment, pack) {
  let helpHint = "Run 'hvgate --help' for usage.";
  try {
    const [name, ...rest] = argv;
    if (name === "-v" || name === "--version") {
      environment.stdout(versionLine());
      return 0;
    }
    const { COMMANDS } = await import("./chunk-I2IA3I4N.js");
    if (name === void 0) {
      environment.stderr(globalHelp(COMMANDS));
      return 2;
    }
    if (name === "-h" || name === "--help") {
      environment.stdout(globalHelp(COMMANDS));
      return 0;
    }
    const found = commandNamed(name, COMMANDS);
    if (found.name !== "help") helpHint = `Run 'hvgate ${found.name} --help' for usage.`;
    const args = parseCommandArgs(found.name, rest, found.options);
    if (args.values.help === true) {
      environment.stdout(commandHelp(found));
      return 0;
    }
    return await found.run(args, environment, typeof pack === "function" ? await pack() : pack);
  } catch (error) {
    if (isUserError(error)) {
      const hint = error instanceof UsageError ? `${helpHint}
` : "";
      environment.stderr(`${inertText(`hvgate: ${error.message}`)}
${hint}`);
      return 2;
    }
    environment.stderr(
      `${inertText(`hvgate: internal error: ${error.stack ?? String(error)}`)}
Please report this with the input that caused it.
`
    );
    return 2;
  }
}
function commandNamed(name, commands) {
  const found = commands.find((c) => c.name === name);
  if (found !== void 0) return found;
  if (name.startsWith("-")) throw new UsageError(`${clean(name)}: options come after the command, e.g. hvgate check ${clean(name)}`);
  const suggestion = closest(
    name,
    commands.map((c) => c.name)
  );
  throw new UsageError(
    `unknown command "${clean(name)}"${suggestion !== void 0 ? `; did you mean "${suggestion}"?` : "."} Commands: ${commands.map((c) => c.name).join(", ")}`
  );
}

// src/cli/bin.ts
process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    env: process.env,
    stdout: closablePipeWriter(process.stdout),
    stderr: closablePipeWriter(process.stderr),
    stdoutIsTTY: process.stdout.isTTY,
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  },
  // Loaded only by a command that evaluates or lists policies: `--version` and `--help` need none.
  async () => (await import("./chunk-54ALYRZK.js")).policies
);
