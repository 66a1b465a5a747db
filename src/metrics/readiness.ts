/**
 * Whether the bot can serve, check by check, for GET /readyz and the newsbrief_ready gauge. Every check
 * named at construction fails ("starting") until main sets it, so the endpoint says 503 throughout
 * start-up and names what is still missing.
 */

/** One check's result; `detail` is shown to whoever asks, so it never carries a secret or an error text. */
export interface CheckResult {
  ok: boolean;
  detail: string;
}

export type ReadyCheck = () => CheckResult | Promise<CheckResult>;

export interface ReadyReport {
  ready: boolean;
  checks: ({ name: string } & CheckResult)[];
}

/** A probe asked every few seconds must not hang on a store that does not answer. */
const CHECK_TIMEOUT_MS = 2_000;

export class Readiness {
  private readonly checks = new Map<string, ReadyCheck>();
  private stopping = false;

  constructor(
    names: readonly string[],
    private readonly timeoutMs = CHECK_TIMEOUT_MS,
  ) {
    for (const name of names) this.checks.set(name, () => ({ ok: false, detail: 'starting' }));
  }

  /** Sets (or replaces) how a check is made once the part it looks at exists. */
  set(name: string, check: ReadyCheck): void {
    this.checks.set(name, check);
  }

  /** From the stop signal on, not ready: a load balancer stops sending work while the bot winds down. */
  markStopping(): void {
    this.stopping = true;
  }

  /** Runs every check at once, each within the time limit; a check that throws fails without its error. */
  async report(): Promise<ReadyReport> {
    const checks = await Promise.all(
      [...this.checks].map(async ([name, check]) => ({ name, ...(await this.run(check)) })),
    );
    if (this.stopping) checks.push({ name: 'process', ok: false, detail: 'stopping' });
    return { ready: checks.every((check) => check.ok), checks };
  }

  private async run(check: ReadyCheck): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, detail: `no answer within ${this.timeoutMs} ms` }),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([Promise.resolve().then(check), timeout]);
    } catch {
      return { ok: false, detail: 'check failed' };
    } finally {
      clearTimeout(timer);
    }
  }
}
