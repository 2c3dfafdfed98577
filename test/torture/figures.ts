import type { TortureFigures } from './run-torture.ts';

export function passed(figures: TortureFigures): boolean {
  return (
    figures.corruptions.length === 0 &&
    figures.lost.length === 0 &&
    figures.partial.length === 0 &&
    figures.failures.length === 0
  );
}

export function formatFigures(figures: TortureFigures): string {
  const kills = Object.entries(figures.kills)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  const list = (title: string, items: readonly string[]) =>
    items.length === 0
      ? ''
      : `${title}:\n${items
          .slice(0, 20)
          .map((item) => `  ${item}`)
          .join('\n')}\n`;
  return (
    `iterations: ${figures.iterations} (${figures.migrations} of them migrations of an old notebook)\n` +
    `kills: ${Object.values(figures.kills).reduce((sum, count) => sum + count, 0)} (${kills}); runs that ended before their kill: ${figures.cleanExits}\n` +
    `transactions acknowledged: ${figures.acknowledged}, verified after a kill: ${figures.verified}, ` +
    `committed but killed before the acknowledgement: ${figures.committedUnacknowledged}, refused by the contract: ${figures.refused}\n` +
    `scopes read back and compared: ${figures.scopesChecked}\n` +
    `corruptions: ${figures.corruptions.length}\n` +
    `lost acknowledged transactions: ${figures.lost.length}\n` +
    `partial transactions: ${figures.partial.length}\n` +
    `harness failures: ${figures.failures.length}\n` +
    `time: ${(figures.ms / 1000).toFixed(1)} s\n` +
    list('corruptions', figures.corruptions) +
    list('lost', figures.lost) +
    list('partial', figures.partial) +
    list('failures', figures.failures)
  );
}
