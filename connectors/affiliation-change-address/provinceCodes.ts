/**
 * Spanish provinces by the first two digits of their postcodes (the INE province code), with the names people
 * write for each: Spanish, co-official and common short forms. Compared without accents, case or a leading
 * article ("A Coruña", "La Coruña", "Coruña" are one).
 * @internal
 */
export const PROVINCE_NAMES: Readonly<Record<string, readonly string[]>> = {
  '01': ['Araba', 'Álava', 'Araba/Álava'],
  '02': ['Albacete'],
  '03': ['Alicante', 'Alacant', 'Alicante/Alacant'],
  '04': ['Almería'],
  '05': ['Ávila'],
  '06': ['Badajoz'],
  '07': ['Illes Balears', 'Islas Baleares', 'Baleares', 'Balears'],
  '08': ['Barcelona'],
  '09': ['Burgos'],
  '10': ['Cáceres'],
  '11': ['Cádiz'],
  '12': ['Castellón', 'Castelló', 'Castellón/Castelló', 'Castellón de la Plana'],
  '13': ['Ciudad Real'],
  '14': ['Córdoba'],
  '15': ['A Coruña', 'La Coruña', 'Coruña'],
  '16': ['Cuenca'],
  '17': ['Girona', 'Gerona'],
  '18': ['Granada'],
  '19': ['Guadalajara'],
  '20': ['Gipuzkoa', 'Guipúzcoa'],
  '21': ['Huelva'],
  '22': ['Huesca'],
  '23': ['Jaén'],
  '24': ['León'],
  '25': ['Lleida', 'Lérida'],
  '26': ['La Rioja', 'Rioja'],
  '27': ['Lugo'],
  '28': ['Madrid'],
  '29': ['Málaga'],
  '30': ['Murcia'],
  '31': ['Navarra', 'Nafarroa'],
  '32': ['Ourense', 'Orense'],
  '33': ['Asturias'],
  '34': ['Palencia'],
  '35': ['Las Palmas', 'Palmas'],
  '36': ['Pontevedra'],
  '37': ['Salamanca'],
  '38': ['Santa Cruz de Tenerife', 'Tenerife'],
  '39': ['Cantabria'],
  '40': ['Segovia'],
  '41': ['Sevilla'],
  '42': ['Soria'],
  '43': ['Tarragona'],
  '44': ['Teruel'],
  '45': ['Toledo'],
  '46': ['Valencia', 'València'],
  '47': ['Valladolid'],
  '48': ['Bizkaia', 'Vizcaya'],
  '49': ['Zamora'],
  '50': ['Zaragoza'],
  '51': ['Ceuta'],
  '52': ['Melilla'],
};

/** The province code a name stands for, or undefined when it names no Spanish province. @internal */
export function provinceCode(name: string): string | undefined {
  return byName.get(normalize(name));
}

// helpers

function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^(a|la|las|les|els|illes|islas)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const byName = new Map(
  Object.entries(PROVINCE_NAMES).flatMap(([code, names]) => names.map((n) => [normalize(n), code] as const)),
);
