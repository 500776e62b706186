/**
 * The C-MAPSS sensors the turbine degradation model reads: 1-based sensor numbers of the NASA files
 * and their mnemonics (Saxena et al., PHM08, table 2). Sensors 1, 5, 6, 10, 16, 18 and 19 are constant
 * in FD001 and carry no information, so they are left out.
 */
export const CMAPSS_SENSORS = [
  { sensor: 2, mnemonic: 'T24' }, // total temperature at LPC outlet (°R)
  { sensor: 3, mnemonic: 'T30' }, // total temperature at HPC outlet (°R)
  { sensor: 4, mnemonic: 'T50' }, // total temperature at LPT outlet (°R)
  { sensor: 7, mnemonic: 'P30' }, // total pressure at HPC outlet (psia)
  { sensor: 8, mnemonic: 'Nf' }, // physical fan speed (rpm)
  { sensor: 9, mnemonic: 'Nc' }, // physical core speed (rpm)
  { sensor: 11, mnemonic: 'Ps30' }, // static pressure at HPC outlet (psia)
  { sensor: 12, mnemonic: 'phi' }, // ratio of fuel flow to Ps30 (pps/psi)
  { sensor: 13, mnemonic: 'NRf' }, // corrected fan speed (rpm)
  { sensor: 14, mnemonic: 'NRc' }, // corrected core speed (rpm)
  { sensor: 15, mnemonic: 'BPR' }, // bypass ratio
  { sensor: 17, mnemonic: 'htBleed' }, // bleed enthalpy
  { sensor: 20, mnemonic: 'W31' }, // HPT coolant bleed (lbm/s)
  { sensor: 21, mnemonic: 'W32' }, // LPT coolant bleed (lbm/s)
] as const;

export type CmapssMnemonic = (typeof CMAPSS_SENSORS)[number]['mnemonic'];
