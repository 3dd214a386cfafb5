/**
 * Where the GitHub layer writes its log lines. The Action passes `core.info`/`core.debug`; nothing
 * here may write `core.warning`/`core.error`, which would turn log lines into annotations and use up
 * the per-step annotation limit the findings need.
 */
export interface Logger {
  readonly info: (message: string) => void;
  readonly debug: (message: string) => void;
}

const ignore = (): void => undefined;

export const silentLogger: Logger = { info: ignore, debug: ignore };
