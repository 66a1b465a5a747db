import { openStore, type Store, StoreOpenError } from '../store/open-store.js';
import { type CliIo, complain } from './cli-io.js';

const DEFAULT_DATABASE_URL = 'sqlite:./data/newsbrief.db';

/** --database, else DATABASE_URL (read into the CLI's IO from the environment and .env), else the default. */
export function databaseUrl(option: string | undefined, io: CliIo): string {
  return option ?? io.databaseUrl ?? DEFAULT_DATABASE_URL;
}

/** The store a subcommand's --database names; null, once the reason is on stderr, when it will not open. */
export async function openCliStore(option: string | undefined, io: CliIo): Promise<Store | null> {
  try {
    return await openStore(databaseUrl(option, io));
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    complain(io, `${error.message}; pass --database URL or set DATABASE_URL`);
    return null;
  }
}
