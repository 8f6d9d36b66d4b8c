/**
 * Number and date wording for people, written once: the panes, the legends, the PNG caption and
 * the perspective texts all say "21 June 2025" and "−6" the same way.
 */
import type { RelationDates } from '../model/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025 -> "2025", 2025-06 -> "June 2025", 2025-06-21 -> "21 June 2025"; anything else unchanged. */
export function formatPartialDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** "21 June 2025", or "February 2025 – June 2025" for a period. */
export function formatDates(dates: RelationDates | undefined): string | undefined {
  if (!dates) return undefined;
  const span = dates.end ? `${formatPartialDate(dates.start)} – ${formatPartialDate(dates.end)}` : formatPartialDate(dates.start);
  // A date resolved from the article's own words ("since last summer") against its publication date.
  return dates.approximate ? `about ${span}` : span;
}

/** A tone for people, to one decimal: "+4", "+4.5", "−6" (a real minus sign), "0". */
export function formatTone(tone: number): string {
  const r = (Math.sign(tone) * Math.round(Math.abs(tone) * 10)) / 10;
  if (r > 0) return `+${r}`;
  if (r < 0) return `−${-r}`;
  return '0';
}
