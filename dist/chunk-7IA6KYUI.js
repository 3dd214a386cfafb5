import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/parsers/hvgate/kinds.ts
var KINDS = ["VirtualMachine", "BackupJob", "HostProfile"];

export {
  KINDS
};
