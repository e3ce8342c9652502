/** What is left before a deadline, in the largest whole unit (days, then hours, then minutes); null once it passed. */
export function timeLeft(iso: string, now: number): { unit: 'days' | 'hours' | 'minutes'; count: number } | null {
  const minutes = Math.floor((new Date(iso).getTime() - now) / 60_000);
  if (minutes < 0) return null;
  if (minutes >= 60 * 24) return { unit: 'days', count: Math.floor(minutes / (60 * 24)) };
  if (minutes >= 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'minutes', count: minutes };
}
