import { postgresSchema, type SharedDatabase, sqliteFile } from '../../tests/fixtures/shared-databases.js';

/**
 * The one store every replica of a chaos run shares, fresh for the run so that runs never see each other's
 * subscriptions or claims: a SQLite file, or a schema of its own on the PostgreSQL server named — the same
 * isolation the replica tests use. Its URL may hold a password: never logged.
 */
export async function createChaosDatabase(options: {
  database: 'sqlite' | 'postgres';
  databaseUrl?: string;
}): Promise<SharedDatabase> {
  if (options.database === 'sqlite') return sqliteFile();
  if (!options.databaseUrl) throw new Error('runChaos on postgres needs a databaseUrl');
  return postgresSchema(options.databaseUrl, 'newsbrief_chaos');
}
