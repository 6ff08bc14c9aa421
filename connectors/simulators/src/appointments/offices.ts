import type { Office } from './schemas';

const ALL = ['pensions', 'european_health_card', 'affiliation', 'general'] as const;

/**
 * The simulated CAISS offices. Names and addresses are made up. `CAISS-MAD-02`
 * never has a free slot: the "no slots" business case.
 * @internal
 */
export const OFFICES: readonly Office[] = [
  office('CAISS-MAD-01', 'CAISS Madrid Centro (simulado)', 'Calle Mayor', '20', '28013', 'Madrid', 'Madrid'),
  office(
    'CAISS-MAD-02',
    'CAISS Madrid Norte (simulado, sin citas libres)',
    'Paseo del Río',
    '4',
    '28029',
    'Madrid',
    'Madrid',
  ),
  office('CAISS-BCN-01', 'CAISS Barcelona Eixample (simulat)', 'Carrer Nou', '15', '08001', 'Barcelona', 'Barcelona'),
  office('CAISS-BIO-01', 'CAISS Bilbao (simulatua)', 'Kale Nagusia', '30', '48005', 'Bilbao', 'Bizkaia'),
  office('CAISS-VGO-01', 'CAISS Vigo (simulado)', 'Rúa do Porto', '9', '36202', 'Vigo', 'Pontevedra'),
  office('CAISS-SVQ-01', 'CAISS Sevilla (simulado)', 'Calle Real', '2', '41001', 'Sevilla', 'Sevilla'),
  office('CAISS-VLC-01', 'CAISS València (simulat)', 'Avenida del Mar', '50', '46011', 'Valencia', 'Valencia'),
];

/** Share of an office's agenda already taken by other people, before any booking here. @internal */
export const OFFICE_OCCUPANCY: Readonly<Record<string, number>> = { 'CAISS-MAD-02': 1 };

/** Occupancy of offices not in {@link OFFICE_OCCUPANCY}. @internal */
export const DEFAULT_OCCUPANCY = 0.6;

// helpers
function office(
  id: string,
  name: string,
  street: string,
  number: string,
  postcode: string,
  municipality: string,
  province: string,
): Office {
  return { id, name, address: { street, number, floor: null, postcode, municipality, province }, subjects: [...ALL] };
}
