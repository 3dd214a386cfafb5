import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/app/empty-selection.ts
function emptySelectionProblem(report, paths, howToAllow) {
  if (report.files.length > 0 || (report.plan?.changes.length ?? 0) > 0) return void 0;
  const where = (paths.length > 0 ? paths : ["."]).join(", ");
  return `no Hyper-V definitions found under ${where}: nothing was checked. Check the paths and the include/exclude globs of .hvgate.yml, or ${howToAllow} where having none is expected`;
}

export {
  emptySelectionProblem
};
