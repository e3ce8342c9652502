// A stand-in for Meilisearch's HTTP API at the `fetch` level, for the engine's unit tests (no server runs
// here). It answers only the routes the engine uses, with the shapes Meilisearch documents:
// - asynchronous writes answer 202 with a summarized task `{ taskUid, indexUid, status: 'enqueued', type,
//   enqueuedAt }`, and `GET /tasks/{uid}` the task with `status` `succeeded` or `failed` and `error`
//   (https://www.meilisearch.com/docs/reference/api/tasks);
// - errors are `{ message, code, type, link }` with the HTTP status (https://www.meilisearch.com/docs/reference/errors/overview),
//   e.g. 404 `index_not_found`, `document_not_found`; a failed index creation `index_already_exists`;
// - `POST /multi-search` answers `{ results: [...] }`, one result per query in order
//   (https://www.meilisearch.com/docs/reference/api/multi_search);
// - `GET /indexes` answers `{ results: [{ uid, primaryKey, createdAt, updatedAt }], offset, limit, total }`
//   (https://www.meilisearch.com/docs/reference/api/indexes);
// - `POST /swap-indexes` takes `[{ indexes: [a, b] }]` (https://www.meilisearch.com/docs/reference/api/indexes/swap-indexes).
// It does not search: a test says what each multi-search answers.

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'succeeded' | 'failed';
  error: { message: string; code: string; type: string; link: string } | null;
}

export class FakeMeilisearchHttp {
  readonly requests: RecordedRequest[] = [];
  /** index uid → documents by primary key. */
  readonly indexes = new Map<string, Map<string, Record<string, unknown>>>();
  /** What the next multi-search answers (its `results`). */
  multiSearchResults: unknown[] = [];
  /** Makes the next task of this type fail with this code. */
  failNext: { type: string; code: string; message: string } | null = null;
  private readonly tasks = new Map<number, FakeTask>();
  private nextTaskUid = 0;

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined;
    const path = url.pathname.replace(/\/+$/, '');
    this.requests.push({ method, path, query: Object.fromEntries(url.searchParams), body });
    return this.route(method, path, url.searchParams, body);
  };

  /** Requests other than task polling, as `METHOD path`. */
  calls(): string[] {
    return this.requests.filter((request) => !request.path.startsWith('/tasks/')).map((request) => `${request.method} ${request.path}`);
  }

  private route(method: string, path: string, query: URLSearchParams, body: unknown): Response {
    let match: RegExpExecArray | null;
    if (method === 'GET' && (match = /^\/tasks\/(\d+)$/.exec(path))) {
      const task = this.tasks.get(Number(match[1]));
      return task ? json(200, { ...task, details: {}, duration: 'PT0S', enqueuedAt: now(), startedAt: now(), finishedAt: now() }) : error(404, 'task_not_found', 'Task not found.');
    }
    if (method === 'GET' && path === '/indexes') {
      const results = [...this.indexes.keys()].sort().map((uid) => ({ uid, primaryKey: 'supplierId', createdAt: now(), updatedAt: now() }));
      return json(200, { results, offset: 0, limit: Number(query.get('limit') ?? 20), total: results.length });
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid } = body as { uid: string };
      if (this.indexes.has(uid)) return this.enqueue(uid, 'indexCreation', { code: 'index_already_exists', message: `Index \`${uid}\` already exists.` });
      this.indexes.set(uid, new Map());
      return this.enqueue(uid, 'indexCreation');
    }
    if (method === 'POST' && path === '/multi-search') return json(200, { results: this.multiSearchResults });
    if (method === 'POST' && path === '/swap-indexes') {
      for (const { indexes } of body as Array<{ indexes: [string, string] }>) {
        const [a, b] = indexes.map((uid) => this.indexes.get(uid));
        if (!a || !b) return this.enqueue(null, 'indexSwap', { code: 'index_not_found', message: `Indexes ${indexes.join(', ')} not found.` });
        this.indexes.set(indexes[0], b);
        this.indexes.set(indexes[1], a);
      }
      return this.enqueue(null, 'indexSwap');
    }
    if ((match = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path))) {
      const uid = decodeURIComponent(match[1]);
      const rest = match[2] ?? '';
      const index = this.indexes.get(uid);
      if (method === 'DELETE' && rest === '') {
        if (!index) return this.enqueue(uid, 'indexDeletion', { code: 'index_not_found', message: `Index \`${uid}\` not found.` });
        this.indexes.delete(uid);
        return this.enqueue(uid, 'indexDeletion');
      }
      if (method === 'PATCH' && rest === '/settings') {
        this.indexes.set(uid, index ?? new Map());
        return this.enqueue(uid, 'settingsUpdate');
      }
      if (method === 'POST' && rest === '/documents') {
        const key = query.get('primaryKey') ?? 'id';
        const documents = this.indexes.get(uid) ?? new Map();
        // A failed task changes nothing (Meilisearch tasks are atomic).
        if (this.failNext?.type !== 'documentAdditionOrUpdate') for (const document of body as Array<Record<string, unknown>>) documents.set(String(document[key]), document);
        this.indexes.set(uid, documents);
        return this.enqueue(uid, 'documentAdditionOrUpdate');
      }
      if (method === 'POST' && rest === '/documents/delete-batch') {
        for (const id of body as string[]) index?.delete(id);
        return this.enqueue(uid, 'documentDeletion');
      }
      if (!index) return error(404, 'index_not_found', `Index \`${uid}\` not found.`);
      if (method === 'GET' && rest === '/stats') return json(200, { numberOfDocuments: index.size, isIndexing: false, fieldDistribution: {} });
      if (method === 'GET' && (match = /^\/documents\/([^/]+)$/.exec(rest))) {
        const document = index.get(decodeURIComponent(match[1]));
        return document ? json(200, document) : error(404, 'document_not_found', `Document \`${match[1]}\` not found.`);
      }
    }
    return error(404, 'not_found', `no fake route for ${method} ${path}`);
  }

  private enqueue(indexUid: string | null, type: string, failure?: { code: string; message: string }): Response {
    const uid = this.nextTaskUid++;
    const forced = this.failNext?.type === type ? this.failNext : null;
    if (forced) this.failNext = null;
    const problem = failure ?? forced;
    this.tasks.set(uid, {
      uid,
      indexUid,
      type,
      status: problem ? 'failed' : 'succeeded',
      error: problem ? { message: problem.message, code: problem.code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${problem.code}` } : null,
    });
    return json(202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: now() });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function error(status: number, code: string, message: string): Response {
  return json(status, { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` });
}

function now(): string {
  return new Date(0).toISOString();
}
