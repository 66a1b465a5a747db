/**
 * The start every script shares: its options parsed, or — on a mistake or `--help` — the usage printed and
 * the exit code to return (2 for a mistake, 0 for help) instead.
 */
export function optionsOrExitCode<T extends { help: boolean }>(parse: () => T, usage: string): T | number {
  let options: T;
  try {
    options = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  return options;
}
