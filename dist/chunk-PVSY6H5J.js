import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/policy.ts
var DOCS_BASE_URL = "https://github.com/hyperv-backup-gate/hyperv-backup-gate/blob/main/policies/";
function definePolicy(definition) {
  return { ...definition, docsUrl: `${DOCS_BASE_URL}${definition.id}-${definition.name}/README.md` };
}
function policyFinder(pack) {
  const index = /* @__PURE__ */ new Map();
  for (const policy of pack) {
    index.set(policy.id.toUpperCase(), policy);
    index.set(policy.name.toUpperCase(), policy);
  }
  return (idOrName) => index.get(idOrName.trim().toUpperCase());
}

export {
  definePolicy,
  policyFinder
};
