import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/app/tool.ts
var TOOL = {
  name: "hvgate",
  version: "0.1.0",
  informationUri: "https://github.com/hyperv-backup-gate/hyperv-backup-gate"
};

export {
  TOOL
};
