import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The one store every replica of a chaos run shares, fresh for the run so that runs never see each other's
 * subscriptions or claims: a SQLite file in the run's temporary folder, or a schema of its own on the
 * PostgreSQL server named (as tests/fixtures/shared-databases.ts isolates; its helpers are not exported,
 * and its PostgreSQL one reads TEST_DATABASE_URL rather than taking a URL).
 */
export interface ChaosDatabase {
  /** DATABASE_URL for the replicas. May hold a password: never logged. */
  url: string;
  drop(): Promise<void>;
}

export async function createChaosDatabase(
  options: { database: 'sqlite' | 'postgres'; databaseUrl?: string },
  dir: string,
): Promise<ChaosDatabase> {
  if (options.database === 'sqlite') {
    // The file goes with the run's folder, which the caller removes.
    return { url: `sqlite:${join(dir, 'chaos.db')}`, drop: async () => {} };
  }
  if (!options.databaseUrl) throw new Error('runChaos on postgres needs a databaseUrl');
  const schema = `newsbrief_chaos_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(options.databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
