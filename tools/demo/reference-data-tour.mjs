// A few real look-ups against the running API, printed by `npm run demo` so the reference data can be
// seen working (and fails the demo loudly when it does not): vocabulary search, place search, transit.
async function get(base, path) {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

export async function referenceDataTour(base) {
  const search = await get(base, '/api/v1/catalog/vocabulary/search?q=inyeccion&limit=1');
  const [injection] = search.data;
  const places = await get(base, `/api/v1/catalog/mx-places/search?q=${encodeURIComponent('Apodaca')}&limit=1`);
  const [apodaca] = places.data;
  const transit = await get(base, `/api/v1/catalog/transit?lat=${apodaca.lat}&lon=${apodaca.lon}&zip=75201`);
  const { best } = transit;
  const mapped = await get(base, `/api/v1/catalog/vocabulary/match?text=${encodeURIComponent('Maquinado CNC y troquelado de lámina para la industria automotriz')}`);
  return [
    `Vocabulary search "inyeccion" → ${injection.name.en} / ${injection.name.es} (${injection.match.how} of "${injection.match.term}")`,
    `Text mapping "Maquinado CNC y troquelado de lámina para la industria automotriz" → ${mapped.data.map((match) => match.code).join(', ')}`,
    `Place search "Apodaca" → ${apodaca.name}, ${apodaca.state.name} (${apodaca.precision}, population ${apodaca.population ?? 'n/a'})`,
    `Transit ${apodaca.name} → Dallas 75201 → via ${best.port.name}: ${Math.round(best.totalKm)} km, ${best.transitDays} days`,
  ];
}
