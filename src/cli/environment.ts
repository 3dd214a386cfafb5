/** What the command line receives from its process: everything else is an argument. */

export interface CliEnvironment {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  /** Today's date, `YYYY-MM-DD` (UTC). */
  readonly today: string;
}
