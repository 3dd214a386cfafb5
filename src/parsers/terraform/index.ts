/** Terraform input for the `taliesins/hyperv` provider: plan JSON and `.tf` configuration. */
export { isTerraformPlanJson } from './recognize.js';
export { parseTerraformPlan, planActionOf, type TerraformAction, type ResourceChange, type TerraformPlan } from './plan.js';
export { parseTerraformConfiguration, type DirectoryListing, type SourceFile, type TerraformDirectoryReader } from './configuration.js';
export { automaticVariablesRank, terraformFileKind, type TerraformFileKind } from './files.js';
export { setTreeSitterWasmDir, RUNTIME_WASM, GRAMMAR_WASM } from './wasm.js';
