/**
 * Spaces posts to one channel at least `intervalMs` apart (Slack allows about one message a second per
 * channel; Discord's per-channel bucket is similar). Posts to different channels never wait for each other.
 * Waiters queue in order, so a burst to one channel goes out one by one.
 */
export class ChannelPacer {
  private readonly nextFree = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly clock: { now(): number; sleep(ms: number): Promise<void> } = realClock,
  ) {}

  /** Resolves when a post to `channel` may go out, and books the slot after it. */
  async wait(channel: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextFree.get(channel) ?? 0);
    this.nextFree.set(channel, slot + this.intervalMs);
    this.forgetIdleChannels(now);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** Channels whose slot has long passed hold no information; dropping them keeps the map small. */
  private forgetIdleChannels(now: number): void {
    if (this.nextFree.size < 1000) return;
    for (const [channel, free] of this.nextFree) if (free < now) this.nextFree.delete(channel);
  }
}

const realClock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
