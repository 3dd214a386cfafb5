import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
function isUserError(error) {
  return error instanceof UsageError || error instanceof ConfigurationError;
}
function describeReadError(error) {
  if (!(error instanceof Error)) return String(error);
  return error.code ?? error.message;
}

export {
  UsageError,
  ConfigurationError,
  isUserError,
  describeReadError
};
