/**
 * A publication date as the brief stores it (ISO 8601: 2024-03-12, or 2024-03-12T09:30:00+01:00), read
 * from whatever a page or a feed gives; undefined when it is not a date.
 */

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function normalizeDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = ISO_LIKE.exec(text);
  if (iso) return fromIsoParts(iso);
  // Other forms ("Tue, 12 Mar 2024 09:30:00 GMT", "March 12, 2024"), but only with a four-digit year:
  // Date.parse reads almost anything as some date.
  if (!/\b\d{4}\b/.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  if (/\d{1,2}:\d{2}/.test(text)) return date.toISOString().replace('.000Z', 'Z');
  return ymd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function fromIsoParts(parts: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, fraction, zone] = parts;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  const date = ymd(year, month, day);
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  return `${date}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${normalizeZone(zone)}`;
}

function normalizeZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
