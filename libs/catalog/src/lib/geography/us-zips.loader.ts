import { UsZip } from './geography.types';
import { readGeographyCsv } from './read-geography-csv';

let cache: ReadonlyMap<string, UsZip> | undefined;

/** US ZIP codes keyed by five-digit ZIP, read once from us_zip_centroids_zipcodes_npm.csv. */
export function loadUsZips(): ReadonlyMap<string, UsZip> {
  cache ??= new Map(
    readGeographyCsv('us_zip_centroids_zipcodes_npm.csv').map((row) => [
      row['zip'],
      { zip: row['zip'], city: row['city'], state: row['state'], lat: Number(row['latitude']), lon: Number(row['longitude']) },
    ]),
  );
  return cache;
}

/** Accepts "75201", " 75201 " and ZIP+4 "75201-1234"; returns undefined for anything unknown. */
export function findUsZip(zip: string): UsZip | undefined {
  const match = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(zip);
  return match ? loadUsZips().get(match[1]) : undefined;
}
