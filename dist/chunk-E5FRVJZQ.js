import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  TOOL
} from "./chunk-A3OBTB3H.js";
import {
  clean,
  inertLog
} from "./chunk-IQFO5BKM.js";
import {
  UsageError
} from "./chunk-36VZIVIE.js";
import {
  closest
} from "./chunk-U2XKFNE5.js";

// src/cli/command.ts
import { parseArgs } from "node:util";
function command(definition) {
  return definition;
}
var HELP_OPTION = { help: { type: "boolean", short: "h", help: "Show this help" } };
function parseCommandArgs(name, args, options) {
  const config = { args: [...args], options: { ...options, ...HELP_OPTION }, allowPositionals: true };
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option" || Object.hasOwn(config.options, token.name)) continue;
    throw new UsageError(`${name}: unknown option ${clean(token.rawName)}${suggestedOption(token.rawName, config.options)}`);
  }
  try {
    const { values, positionals } = parseArgs({ ...config, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(`${name}: ${clean(error.message.replace(/\. To specify a positional.*$/s, ""))}`);
  }
}
function suggestedOption(raw, options) {
  if (!raw.startsWith("--")) return "";
  const match = closest(raw.slice(2), Object.keys(options));
  return match === void 0 ? "" : `; did you mean --${match}?`;
}

// src/cli/version-command.ts
function versionLine() {
  return `${TOOL.name} ${TOOL.version}
`;
}
var versionCommand = command({
  name: "version",
  synopsis: "",
  summary: "Show the version (also -v, --version)",
  description: "Prints the name and version of hvgate, as `hvgate 1.2.3`.",
  options: {},
  run({ positionals }, environment) {
    if (positionals.length > 0) throw new UsageError("version takes no arguments");
    environment.stdout(versionLine());
    return Promise.resolve(0);
  }
});

// src/cli/inert-text.ts
function inertText(text) {
  return inertLog(text.split("\n").map(clean).join("\n"));
}

// src/cli/usage.ts
var WIDTH = 100;
var HELP_COLUMN = 24;
var EXIT_CODES = "Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or internal error.";
function globalHelp(commands) {
  const lines = ["Usage: hvgate <command> [options]", "", "Commands:"];
  for (const c of commands) lines.push(...entry(c.name, c.summary));
  lines.push(
    "",
    "Options:",
    ...entry("-h, --help", "Show this help"),
    ...entry("-v, --version", "Show the version"),
    "",
    "Run 'hvgate help <command>' or 'hvgate <command> --help' for a command's options.",
    EXIT_CODES
  );
  return `${lines.join("\n")}
`;
}
function commandHelp(c) {
  const lines = [`Usage: hvgate ${c.name} ${c.synopsis}`, "", c.description, "", "Options:"];
  for (const [name, spec] of Object.entries({ ...c.options, ...HELP_OPTION })) lines.push(...entry(optionLabel(name, spec), spec.help));
  if (c.epilogue !== void 0) lines.push("", c.epilogue);
  if (c.name !== "version" && c.name !== "help") lines.push("", EXIT_CODES);
  return `${lines.join("\n")}
`;
}
function optionLabel(name, spec) {
  const long = `--${name}${spec.value !== void 0 ? ` ${spec.value}` : ""}`;
  return spec.short !== void 0 ? `-${spec.short}, ${long}` : `    ${long}`;
}
function entry(label, text) {
  const words = wrap(text, WIDTH - HELP_COLUMN);
  const head = `  ${label}`;
  const indent = " ".repeat(HELP_COLUMN);
  if (head.length >= HELP_COLUMN - 1) return [head, ...words.map((line) => indent + line)];
  return [head.padEnd(HELP_COLUMN) + (words[0] ?? ""), ...words.slice(1).map((line) => indent + line)];
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

export {
  command,
  parseCommandArgs,
  inertText,
  globalHelp,
  commandHelp,
  versionLine,
  versionCommand
};
