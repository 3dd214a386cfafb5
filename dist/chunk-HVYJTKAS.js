import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  applyConfig,
  checkGateInput,
  checkGivenPlans,
  decide,
  evaluate,
  gateRun,
  readTerraformPlans,
  withPolicySelection,
  withoutGivenPlans
} from "./chunk-44XH4PPG.js";
import {
  discoverFiles,
  parseSources,
  readFiles
} from "./chunk-XYNRZZ4R.js";
import {
  loadConfig
} from "./chunk-ESSVYDNL.js";
import {
  workingTreeDirectories
} from "./chunk-ZJICGQT6.js";

// src/app/evaluate-sources.ts
async function evaluateSources(files, config, pack, options, parse = {}) {
  const parsed = await parseSources(files, parse);
  const estate = applyConfig(parsed.estate, config);
  return { parsed, estate, evaluation: evaluate(estate, pack, config.settings, options) };
}

// src/app/check.ts
async function runCheck(options, pack) {
  const config = withPolicySelection(await loadConfig(options.configPath, options.cwd, pack), pack, options.gate);
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const terraformPlans = await readTerraformPlans(options.terraformPlans ?? [], options.cwd);
  const files = withoutGivenPlans(await readFiles(listed, options.cwd), terraformPlans);
  const { parsed, estate, evaluation } = await evaluateSources(
    files,
    config,
    pack,
    { today: options.today },
    { terraformDirectories: workingTreeDirectories(options.cwd), terraformPlans }
  );
  checkGivenPlans(parsed.plans);
  const decision = decide(evaluation.findings, config.settings, checkGateInput(pack, options.gate));
  return gateRun({ evaluation, decision, pack, settings: config.settings, files: estate.files });
}

export {
  runCheck
};
