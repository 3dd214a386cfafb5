// The validators scripts/build-validators.mjs generates beside this file (git-ignored) from
// schema/hvgate-v1.schema.json and schema/hvgate-config.schema.json. Written by hand: their API.
import type { ValidateFunction } from 'ajv';

/** An hvgate/v1 document of that kind. */
export declare const VirtualMachine: ValidateFunction;
export declare const BackupJob: ValidateFunction;
export declare const HostProfile: ValidateFunction;
/** A `.hvgate.yml`. */
export declare const validateConfig: ValidateFunction;
