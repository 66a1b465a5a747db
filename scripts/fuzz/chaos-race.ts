import { FIXTURE_DIR } from '../../tests/fixtures/fixture-briefs.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../../tests/platforms/slack/slack-harness.js';
import { pickIndex, type Random } from '../bench/random.js';
import { type Replica, startReplica, tail } from './chaos-replica.js';
import type { RoundStory } from './chaos-tally.js';

/**
 * The violent half of a chaos round: two real replicas start at once on the shared store, both run their
 * start-up pass and race for the due digests, and one of them — or both, now and then — is killed with
 * SIGKILL at a random moment of that race. A replica left alive is then stopped in order (SIGTERM: it
 * finishes the pass under way), so that whatever is still unsettled afterwards was left by a killed one.
 */

const NAMES = ['A', 'B'] as const;
export type ReplicaName = (typeof NAMES)[number];

export interface RoundPlan {
  round: number;
  /** Digests due at the start of the round, one per channel. */
  channels: number;
  /** Who dies, and how long after it said it listens (its start-up pass begins right after). */
  kills: { replica: ReplicaName; afterMs: number }[];
}

/**
 * Kills land within this long after a replica listens: a start-up pass of 5–8 digests with Slack
 * answering 150 ms late lasts about this, so a kill falls before, inside or after a delivery.
 */
const KILL_WINDOW_MS = 1500;
/** Both replicas die in about one round in four: then nothing finishes the pass but the take-over. */
const BOTH_KILLED_SHARE = 0.25;
/** A bundled bot listens in under a second; a busy 2-core machine gets ten times that. */
const START_TIMEOUT_MS = 15_000;
/** The bot's own stop deadline is 10 s; past this it is taken for stuck, and killed. */
const STOP_TIMEOUT_MS = 20_000;

export function planRound(random: Random, round: number): RoundPlan {
  const channels = 5 + pickIndex(random, 4);
  const victims: ReplicaName[] = random() < BOTH_KILLED_SHARE ? ['A', 'B'] : [random() < 0.5 ? 'A' : 'B'];
  return {
    round,
    channels,
    kills: victims.map((replica) => ({ replica, afterMs: Math.round(random() * KILL_WINDOW_MS) })),
  };
}

export interface RaceSetup {
  slackApiUrl: string;
  databaseUrl: string;
  /** The replicas' working folder: holds no .env, so nothing but `config` configures them. */
  cwd: string;
}

/**
 * Runs the race and the kills; fills `story` (events and logs) as it goes. Resolves with the moments the
 * kills were sent, and the sentences for anything that broke on the way (a replica that would not start,
 * died by itself, or would not stop when asked).
 */
export async function raceAndKill(
  setup: RaceSetup,
  plan: RoundPlan,
  story: RoundStory,
): Promise<{ killedAt: number[]; failures: string[] }> {
  const config = {
    BRIEFS_DIR: FIXTURE_DIR,
    DATABASE_URL: setup.databaseUrl,
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: setup.slackApiUrl,
    PORT: '0',
  };
  const replicas: Record<ReplicaName, Replica> = {
    A: startReplica('A', config, setup.cwd),
    B: startReplica('B', config, setup.cwd),
  };
  const since = (ms: number) => `+${((ms - story.origin) / 1000).toFixed(2)} s`;
  const failures: string[] = [];
  const killedAt: number[] = [];
  try {
    // Each replica's kill is timed from its own start-up, not from the slower one's.
    const started = await Promise.allSettled(
      NAMES.map(async (name) => {
        const replica = replicas[name];
        const listenedAt = await replica.listening(START_TIMEOUT_MS);
        story.events.push(`${name} listened ${since(listenedAt)}`);
        const kill = plan.kills.find((k) => k.replica === name);
        if (!kill) return;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, listenedAt + kill.afterMs - Date.now())),
        );
        if (!replica.alive()) {
          const exit = JSON.stringify(await replica.exited());
          throw new Error(
            `replica ${name} exited by itself before its kill, ${exit}; its log ends:\n${tail(replica.log())}`,
          );
        }
        const at = replica.kill();
        killedAt.push(at);
        story.events.push(
          `${name} killed with SIGKILL ${at - listenedAt} ms after it listened (${since(at)})`,
        );
      }),
    );
    const failedToStart = new Set<ReplicaName>();
    for (const [i, outcome] of started.entries()) {
      if (outcome.status === 'fulfilled') continue;
      failedToStart.add(NAMES[i] ?? 'A');
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      failures.push(`round ${plan.round}: ${reason}`);
    }
    for (const name of NAMES) {
      if (plan.kills.some((k) => k.replica === name) || failedToStart.has(name)) continue;
      if (!replicas[name].alive()) {
        const exit = JSON.stringify(await replicas[name].exited());
        failures.push(
          `round ${plan.round}: replica ${name} exited by itself, ${exit}; its log ends:\n${tail(replicas[name].log())}`,
        );
        continue;
      }
      const asked = Date.now();
      const exit = await replicas[name].stop(STOP_TIMEOUT_MS);
      story.events.push(`${name} asked to stop ${since(asked)}, exited ${exit.code} ${since(Date.now())}`);
      if (exit.forced || exit.code !== 0) {
        failures.push(
          `round ${plan.round}: replica ${name} ${exit.forced ? `did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM` : `stopped with code ${exit.code}`}; its log ends:\n${tail(replicas[name].log())}`,
        );
      }
    }
    return { killedAt, failures };
  } finally {
    // Whatever went wrong above, no replica outlives its round: the next one starts two more.
    for (const replica of Object.values(replicas)) if (replica.alive()) replica.kill();
    await Promise.all(Object.values(replicas).map((r) => r.exited()));
    story.logs = { A: replicas.A.log(), B: replicas.B.log() };
  }
}
