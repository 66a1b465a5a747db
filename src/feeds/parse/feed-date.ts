import { normalizeDate } from '../../ingest/inputs/normalize-date.js';

/**
 * A feed's date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, anything in the wild) as ISO 8601 UTC;
 * null when it is missing or not a date. The ingest's reader does the parsing: it refuses the strings
 * Date.parse would turn into some date anyway ("garbage 2" is 1 February 2001 to V8).
 */
export function toUtcIso(value: unknown): string | null {
  const normalized = normalizeDate(typeof value === 'string' ? value : undefined);
  if (!normalized) return null;
  // A date-time without a zone says nothing about one; reading it as UTC is at least the same everywhere.
  const zoned =
    normalized.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(normalized) ? `${normalized}Z` : normalized;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
