import type { Vocabulary } from '@puente/catalog';
import type { EnqueuedTaskPromise, MeiliSearch, Task } from 'meilisearch';
import type { SearchDocument } from '../search-document';
import { SearchEngine, type CandidateAnswer, type CandidateQuery, type IndexRebuild } from '../search-engine';
import { EMPTY_ANSWER, mapAnswer, resultsByPlan, type MeiliResult } from './meili-answer';
import { toMeiliDocument } from './meili-document';
import { buildIndexSettings, settingsFingerprint } from './meili-settings';
import { buildSearchPlan, planQueries } from './meili-search-request';

export interface MeilisearchEngineOptions {
  /** The live index; a rebuild fills `<indexUid>_<timestamp>` and swaps it in. */
  indexUid: string;
  /** How long one task (a batch of documents, the settings, a swap) may take before the call fails. */
  taskTimeoutMs: number;
}

export const DEFAULT_MEILISEARCH_OPTIONS: MeilisearchEngineOptions = { indexUid: 'suppliers', taskTimeoutMs: 120_000 };

export interface SettingsOutcome {
  /** The settings were (re)applied to the live index. */
  applied: boolean;
  /** Documents written under an older fingerprint may lack fields: run `npm run search:reindex`. */
  reindexNeeded: boolean;
  fingerprint: string;
}

/**
 * The Meilisearch engine (used when MEILI_URL is set). Writes wait for their task, so a resolved upsert is
 * searchable, as with PostgreSQL. Not run here (no server on the build machines): its request building is
 * unit-tested, and `npm run test:meili` runs the shared contract suite against a real server.
 */
export class MeilisearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly knownCertifications: ReadonlySet<string>;

  constructor(
    private readonly client: MeiliSearch,
    private readonly vocabulary: Vocabulary,
    private readonly options: MeilisearchEngineOptions = DEFAULT_MEILISEARCH_OPTIONS,
  ) {
    super();
    this.knownCertifications = new Set(vocabulary.entriesOfKind('certification').map((entry) => entry.code));
  }

  /**
   * Creates the live index when missing and applies the settings when the stored fingerprint differs (a
   * fingerprint document in `<indexUid>_meta`), waiting for each task. Settings changes make Meilisearch
   * re-index what it holds; a changed document shape needs a reindex from PostgreSQL, which the outcome says.
   */
  async ensureSettings(): Promise<SettingsOutcome> {
    const fingerprint = settingsFingerprint(this.vocabulary);
    await this.createIndexIfMissing(this.options.indexUid);
    const stored = await this.storedFingerprint();
    if (stored === fingerprint) return { applied: false, reindexNeeded: false, fingerprint };
    await this.applySettings(this.options.indexUid);
    await this.wait(this.client.index(this.metaIndexUid).addDocuments([{ id: 'settings', fingerprint }], { primaryKey: 'id' }));
    return { applied: true, reindexNeeded: stored !== null, fingerprint };
  }

  /** Also written to a rebuild in progress (in this process or another), so the swap does not lose it. */
  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    for (const indexUid of [this.options.indexUid, ...(await this.rebuildsInProgress())]) await this.addDocuments(indexUid, documents);
  }

  async remove(supplierIds: string[]): Promise<void> {
    if (supplierIds.length === 0) return;
    for (const indexUid of [this.options.indexUid, ...(await this.rebuildsInProgress())]) {
      await this.wait(this.client.index(indexUid).deleteDocuments(supplierIds));
    }
  }

  async candidates(query: CandidateQuery): Promise<CandidateAnswer> {
    const plan = buildSearchPlan(this.options.indexUid, query, this.knownCertifications);
    if (plan === null) return EMPTY_ANSWER;
    const { results } = await this.client.multiSearch({ queries: planQueries(plan) });
    return mapAnswer(resultsByPlan(plan, results as MeiliResult[]), query);
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const live = this.options.indexUid;
    const aside = `${live}_${Date.now()}`;
    await this.createIndexIfMissing(aside);
    await this.applySettings(aside);
    let finished = false;
    const open = () => {
      if (finished) throw new Error(`the rebuild into ${aside} is already swapped or abandoned`);
    };
    return {
      add: async (documents) => {
        open();
        await this.addDocuments(aside, documents);
      },
      swap: async () => {
        open();
        finished = true;
        // Swapping needs both indexes; a first rebuild may run before anything created the live one.
        await this.createIndexIfMissing(live);
        // `rename` is left out (the client's type wants it): servers before v1.18 refuse the unknown field.
        await this.wait(this.client.swapIndexes([{ indexes: [live, aside] } as Parameters<MeiliSearch['swapIndexes']>[0][number]]));
        // After the swap the aside name holds the previous documents.
        await this.wait(this.client.deleteIndex(aside));
        await this.wait(
          this.client.index(this.metaIndexUid).addDocuments([{ id: 'settings', fingerprint: settingsFingerprint(this.vocabulary) }], { primaryKey: 'id' }),
        );
      },
      abandon: async () => {
        if (finished) return;
        finished = true;
        await this.wait(this.client.deleteIndex(aside));
      },
    };
  }

  async count(): Promise<number> {
    try {
      return (await this.client.index(this.options.indexUid).getStats()).numberOfDocuments;
    } catch (error) {
      if (meiliErrorCode(error) === 'index_not_found') return 0;
      throw error;
    }
  }

  /**
   * Indexes being rebuilt aside (`<indexUid>_<timestamp>`): a write landing in the live index only while a
   * rebuild fills another would be lost at the swap. One extra request per write batch.
   */
  private async rebuildsInProgress(): Promise<string[]> {
    const pattern = new RegExp(`^${this.options.indexUid.replace(/[^A-Za-z0-9]/g, '\\$&')}_\\d+$`);
    const { results } = await this.client.getRawIndexes({ limit: 1000 });
    return results.map((index) => index.uid).filter((uid) => pattern.test(uid));
  }

  private get metaIndexUid(): string {
    return `${this.options.indexUid}_meta`;
  }

  private async addDocuments(indexUid: string, documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const meili = documents.map((document) => toMeiliDocument(document, this.vocabulary));
    await this.wait(this.client.index(indexUid).addDocuments(meili, { primaryKey: 'supplierId' }));
  }

  private async applySettings(indexUid: string): Promise<void> {
    await this.wait(this.client.index(indexUid).updateSettings(buildIndexSettings(this.vocabulary)));
  }

  private async createIndexIfMissing(indexUid: string): Promise<void> {
    const task = await this.client.createIndex(indexUid, { primaryKey: 'supplierId' }).waitTask({ timeout: this.options.taskTimeoutMs });
    if (task.status === 'failed' && task.error?.code !== 'index_already_exists') throw taskError(task);
  }

  private async storedFingerprint(): Promise<string | null> {
    try {
      const stored = await this.client.index(this.metaIndexUid).getDocument('settings');
      return typeof stored['fingerprint'] === 'string' ? stored['fingerprint'] : null;
    } catch (error) {
      const code = meiliErrorCode(error);
      if (code === 'index_not_found' || code === 'document_not_found') return null;
      throw error;
    }
  }

  /** Waits for a task and fails loudly with Meilisearch's own reason when it did not succeed. */
  private async wait(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.options.taskTimeoutMs });
    if (task.status !== 'succeeded') throw taskError(task);
    return task;
  }
}

function taskError(task: Task): Error {
  return new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
}

/** The `code` of a Meilisearch API error (`index_not_found`, ...), read by shape so no class is loaded. */
function meiliErrorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}
