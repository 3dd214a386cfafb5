// The validator scripts/build-validators.mjs generates beside this file (git-ignored) from
// REPORT_ARTIFACT_SCHEMA in src/action/report-artifact-schema.ts. Written by hand: its API.
import type { ValidateFunction } from 'ajv';

export declare const validateReportArtifact: ValidateFunction;
