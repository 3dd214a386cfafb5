import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  checkGateInput,
  checkGivenPlans,
  decide,
  evaluateParsed,
  gateRun,
  readTerraformPlans,
  withPolicySelection,
  withoutGivenPlans
} from "./chunk-WTYT5LEM.js";
import {
  decodeSources,
  discoverFiles,
  parseDecoded,
  readFiles
} from "./chunk-ATUUX5XT.js";
import {
  loadConfig
} from "./chunk-HGN72SCY.js";
import {
  workingTreeDirectories
} from "./chunk-ZJICGQT6.js";

// src/app/check.ts
async function runCheck(options, pack) {
  const config = withPolicySelection(await loadConfig(options.configPath, options.cwd, pack), pack, options.gate);
  const parsed = await parseSelection(options, config);
  checkGivenPlans(parsed.plans);
  const { estate, evaluation } = evaluateParsed(parsed, config, pack, { today: options.today });
  const decision = decide(evaluation.findings, config.settings, checkGateInput(pack, options.gate));
  return gateRun({ evaluation, decision, pack, settings: config.settings, files: estate.files });
}
async function parseSelection(options, config) {
  return parseDecoded(await decodeSelection(options, config), { terraformDirectories: workingTreeDirectories(options.cwd), attributes: false });
}
async function decodeSelection(options, config) {
  const listed = await discoverFiles(options.paths, config, options.cwd);
  const terraformPlans = await readTerraformPlans(options.terraformPlans ?? [], options.cwd);
  return decodeSources(withoutGivenPlans(await readFiles(listed, options.cwd), terraformPlans), terraformPlans);
}

export {
  runCheck
};
