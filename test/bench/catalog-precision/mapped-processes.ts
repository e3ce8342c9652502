import { matchText } from '@puente/catalog';

/** What coverage and precision are measured on: the processes and process families a text maps to. */
export function mappedProcesses(text: string): string[] {
  return matchText(text, { kinds: ['process', 'process-family'] }).map((match) => match.code);
}
