// The response-statistics history, written in SQL (hundreds of thousands of rows: through the API it would
// take hours): `rfqs` RFQs cloned from one the bench built through the API (closed; one line each), each
// of `suppliers` supplier organizations invited to every one of them (so each has `rfqs` invitations),
// quotes on about half (5 % of them withdrawn), declines on a tenth, and an award on every fourth RFQ (both parities of the quoting pattern) that
// has a quote. The recomputation reads exactly these tables (rfq_invitations, rfqs, quotes, rfq_awards).

async function columns(pool, table) {
  const { rows } = await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table]);
  return rows.map((row) => row.column_name);
}

/** INSERT … SELECT of `table`'s template row(s) `t`, every column copied unless `overrides` gives its SQL. */
async function cloneRows(pool, table, overrides, from, parameters) {
  const names = await columns(pool, table);
  const select = names.map((name) => overrides[name] ?? `t.${name}`);
  const result = await pool.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM ${from}`, parameters);
  return result.rowCount;
}

export async function writeHistory(pool, { templateRfqId, suppliers, rfqs, userId }) {
  const marker = `stats bench ${templateRfqId.slice(0, 8)}`;
  await cloneRows(
    pool,
    'rfqs',
    {
      id: 'gen_random_uuid()',
      title: `$2 || ' ' || g`,
      // Spread over the past year, one RFQ every few hours, all closed.
      published_at: `now() - make_interval(hours => 4 * g + 48)`,
      closed_at: `now() - make_interval(hours => 4 * g)`,
      created_at: `now() - make_interval(hours => 4 * g + 49)`,
      updated_at: `now() - make_interval(hours => 4 * g)`,
      quote_deadline: `now() - make_interval(hours => 4 * g)`,
      state: `'closed'`,
    },
    `rfqs t CROSS JOIN generate_series(1, $3) g WHERE t.id = $1`,
    [templateRfqId, marker, rfqs],
  );
  // Temp tables live per connection: one client for the whole history.
  const client = await pool.connect();
  try {
    await client.query(`CREATE TEMP TABLE bench_rfqs AS SELECT id, row_number() OVER (ORDER BY id)::int AS g, published_at FROM rfqs WHERE title LIKE $1 || ' %'`, [marker]);
    await client.query(`CREATE TEMP TABLE bench_suppliers (id uuid, organization_id uuid, k int)`);
    await client.query(`INSERT INTO bench_suppliers SELECT unnest($1::uuid[]), unnest($2::uuid[]), generate_subscripts($1::uuid[], 1)`, [
      suppliers.map((s) => s.supplierId),
      suppliers.map((s) => s.organizationId),
    ]);
    await cloneRows(
      client,
      'rfq_lines',
      { id: 'gen_random_uuid()', rfq_id: 'r.id' },
      `bench_rfqs r CROSS JOIN LATERAL (SELECT * FROM rfq_lines WHERE rfq_id = $1 ORDER BY position LIMIT 1) t`,
      [templateRfqId],
    );
    const invitations = await client.query(
      `INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, rank, score, state, decline_reason, declined_at, created_at)
       SELECT r.id, s.id, s.organization_id, 'match', s.k, 0.5,
              CASE WHEN (r.g + s.k) % 10 = 1 THEN 'declined' ELSE 'invited' END,
              CASE WHEN (r.g + s.k) % 10 = 1 THEN 'no_capacity' END,
              CASE WHEN (r.g + s.k) % 10 = 1 THEN r.published_at + interval '1 day' END,
              r.published_at + make_interval(secs => 30 + (r.g * 7 + s.k) % 600)
         FROM bench_rfqs r CROSS JOIN bench_suppliers s`,
    );
    const quotes = await client.query(
      `INSERT INTO quotes (rfq_id, supplier_organization_id, supplier_id, state, revision, currency, submitted_by, submitted_at, revised_at)
       SELECT r.id, s.organization_id, s.id, CASE WHEN (r.g * 3 + s.k) % 20 = 0 THEN 'withdrawn' ELSE 'active' END, 1, 'USD', $1,
              r.published_at + make_interval(mins => 30 + (r.g * 13 + s.k * 7) % 4000),
              r.published_at + make_interval(mins => 30 + (r.g * 13 + s.k * 7) % 4000)
         FROM bench_rfqs r CROSS JOIN bench_suppliers s WHERE (r.g + s.k) % 2 = 0`,
      [userId],
    );
    const awards = await client.query(
      `INSERT INTO rfq_awards (rfq_id, rfq_line_id, quote_id, supplier_organization_id, awarded_by, awarded_at)
       SELECT DISTINCT ON (r.id) r.id, l.id, q.id, q.supplier_organization_id, $1, r.published_at + interval '5 days'
         FROM bench_rfqs r JOIN rfq_lines l ON l.rfq_id = r.id JOIN quotes q ON q.rfq_id = r.id AND q.state = 'active'
        WHERE r.g % 8 IN (0, 5) ORDER BY r.id, q.submitted_at`,
      [userId],
    );
    await client.query('ANALYZE rfqs; ANALYZE rfq_lines; ANALYZE rfq_invitations; ANALYZE quotes; ANALYZE rfq_awards');
    await client.query('DROP TABLE bench_rfqs; DROP TABLE bench_suppliers');
    return { rfqs, invitations: invitations.rowCount, quotes: quotes.rowCount, awards: awards.rowCount };
  } finally {
    client.release();
  }
}
