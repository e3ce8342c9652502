// The search index of the demo: rebuilt from PostgreSQL by the built `search:reindex` command after the
// directory import (the import's own index events reach the worker too; rebuilding is idempotent).
import { spawnSync } from 'node:child_process';

/** Runs the reindex; answers false when it fails (its output says why). */
export function buildSearchIndex({ workspace, env }) {
  const result = spawnSync(process.execPath, ['dist/apps/api/search-reindex.cjs'], { cwd: workspace, stdio: 'inherit', env });
  return result.status === 0;
}

/**
 * One English search that finds Spanish-described plants, printed with each hit's reasons (what matched,
 * the industry code, the crossing and days to the ZIP, the score).
 */
export async function searchTour(base) {
  const query = 'aluminum die casting';
  const zip = '75201';
  const response = await fetch(`${base}/api/v1/suppliers/search?q=${encodeURIComponent(query)}&zip=${zip}&limit=3`);
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  const page = await response.json();
  const lines = [`"${query}" to ZIP ${zip}: ${page.total}${page.totalExact ? '' : '+'} matches, best 3:`];
  page.items.forEach((hit, index) => {
    const name = hit.tradeName ?? hit.legalName;
    const place = hit.location ? `${hit.location.municipality ?? ''}, ${hit.location.state}` : '';
    const concepts = hit.explanation.matchedConcepts.map((c) => `${c.name.es} = ${c.name.en}`).join('; ');
    const code = hit.explanation.industryCode ? `SCIAN ${hit.explanation.industryCode.code}` : null;
    const transit = hit.transit ? `${hit.transit.portName}, ${hit.transit.days} days to ${hit.transit.zip}` : null;
    const source = hit.sources[0] ? `${hit.sources[0].registry} ${hit.sources[0].id}` : 'own profile';
    lines.push(`  ${index + 1}. ${name} (${place}; ${source}) score ${hit.score}`);
    lines.push(`     ${[concepts, code, transit].filter(Boolean).join(' | ')}`);
  });
  return lines;
}
