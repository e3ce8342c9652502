/**
 * The one rule of what search may show, for the index (documents are built only for these) and for the
 * read-time check: a published version, not suspended, not withdrawn. `p` is `supplier_profiles`.
 */
export const VISIBLE_PROFILE_SQL = `p.published_data IS NOT NULL AND p.state NOT IN ('suspended', 'withdrawn')`;
