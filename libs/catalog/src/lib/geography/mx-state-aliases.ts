/**
 * Names people use for Mexican states beyond INEGI's official name and abbreviation (those are matched
 * from the data: "Nuevo León", "NL", "CDMX", "México"...), keyed by INEGI code.
 */
export const MX_STATE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '02': ['Baja California Norte', 'BCN'],
  '05': ['Coahuila'],
  '09': ['Distrito Federal', 'DF', 'México D.F.', 'Mexico City'],
  '15': ['Edomex', 'Edo Mex', 'Edo. de México', 'Estado de México', 'State of Mexico'],
  '16': ['Michoacán'],
  '22': ['Querétaro de Arteaga'],
  '23': ['QR'],
  '28': ['Tams'],
  '30': ['Veracruz', 'Veracruz-Llave'],
};
