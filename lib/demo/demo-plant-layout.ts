/**
 * The demo plant of Gulf Petrochemicals: 2 sites, 6 units, 60 assets (docs/demo-plant.md). The
 * TEP unit's equipment is in demo-plant-tep.ts; the rest is here, with the simulated signals of
 * each asset (defaults per type from demo-simulation.ts unless given).
 */
import type { DemoAsset, DemoLink, DemoSite, DemoUnit } from './demo-plant-types';
import type { SimulatedSignalSpec } from './demo-simulation';
import { TEP_ASSETS, TEP_LINKS, TEP_UNIT } from './demo-plant-tep';

export const DEMO_SITES: DemoSite[] = [
  { code: 'JUB', nameEn: 'Jubail Complex', nameAr: 'مجمع الجبيل' },
  { code: 'YNB', nameEn: 'Yanbu Terminal', nameAr: 'محطة ينبع' },
];

export const DEMO_UNITS: DemoUnit[] = [
  { site: 'JUB', code: TEP_UNIT, nameEn: 'Tennessee Eastman chemical plant', nameAr: 'مصنع تينيسي إيستمان الكيميائي' },
  { site: 'JUB', code: 'UTL-700', nameEn: 'Utilities and power', nameAr: 'المرافق والطاقة' },
  { site: 'JUB', code: 'CWS-800', nameEn: 'Cooling water system', nameAr: 'نظام مياه التبريد' },
  { site: 'JUB', code: 'TNK-300', nameEn: 'Tank farm', nameAr: 'مزرعة الخزانات' },
  { site: 'YNB', code: 'TRM-400', nameEn: 'Product storage and loading', nameAr: 'تخزين المنتجات والتحميل' },
  { site: 'YNB', code: 'WTR-500', nameEn: 'Water treatment', nameAr: 'معالجة المياه' },
];

export type LayoutAsset = DemoAsset & { sim?: SimulatedSignalSpec[] };

const spec = (
  suffix: string,
  description: string,
  unit: string,
  base: number,
  spread: number,
  periodHours = 24,
): SimulatedSignalSpec => ({ suffix, description, unit, base, spread, periodHours });

function unitAssets(unit: string, installDate: string, assets: Omit<LayoutAsset, 'unit' | 'installDate'>[]) {
  return assets.map((asset) => ({ unit, installDate, ...asset }));
}

/**
 * The learned turbine model counts C-MAPSS cycles; the health model needs hours per cycle to turn
 * its RUL into a failure probability over 168 h (docs/health-model.md). The demo takes one cycle
 * as one start–stop of a cycling gas turbine, 8 operating hours — an assumption (docs/demo-plant.md).
 */
export const TURBINE_HOURS_PER_CYCLE = 8;
const TURBINE_METADATA = { hoursPerCycle: TURBINE_HOURS_PER_CYCLE };

const OTHER_ASSETS: LayoutAsset[] = [
  ...unitAssets('UTL-700', '2016-09-15', [
    {
      tag: 'GT-701',
      nameEn: 'Gas turbine 1',
      nameAr: 'التوربين الغازي 1',
      type: 'turbine',
      criticality: 'A',
      manufacturer: 'Siemens Energy',
      model: 'SGT-800',
      metadata: TURBINE_METADATA,
      sim: [],
    },
    {
      tag: 'GT-702',
      nameEn: 'Gas turbine 2',
      nameAr: 'التوربين الغازي 2',
      type: 'turbine',
      criticality: 'A',
      manufacturer: 'Siemens Energy',
      model: 'SGT-800',
      metadata: TURBINE_METADATA,
      sim: [],
    },
    {
      tag: 'G-701',
      nameEn: 'Generator of gas turbine 1',
      nameAr: 'مولد التوربين الغازي 1',
      type: 'motor',
      criticality: 'A',
      parent: 'GT-701',
      sim: [spec('TI', 'Stator winding temperature', '°C', 95, 3)],
    },
    {
      tag: 'G-702',
      nameEn: 'Generator of gas turbine 2',
      nameAr: 'مولد التوربين الغازي 2',
      type: 'motor',
      criticality: 'A',
      parent: 'GT-702',
      sim: [spec('TI', 'Stator winding temperature', '°C', 97, 3)],
    },
    {
      tag: 'HRSG-701',
      nameEn: 'Heat recovery steam generator',
      nameAr: 'مولد البخار باسترجاع الحرارة',
      type: 'heat_exchanger',
      criticality: 'B',
      sim: [spec('TI', 'Superheated steam temperature', '°C', 480, 6)],
    },
    {
      tag: 'P-711A',
      nameEn: 'Boiler feed water pump A',
      nameAr: 'مضخة مياه تغذية الغلاية A',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'Flowserve',
    },
    {
      tag: 'P-711B',
      nameEn: 'Boiler feed water pump B',
      nameAr: 'مضخة مياه تغذية الغلاية B',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'Flowserve',
    },
    {
      tag: 'K-721A',
      nameEn: 'Instrument air compressor A',
      nameAr: 'ضاغط هواء الأجهزة A',
      type: 'compressor',
      criticality: 'B',
      manufacturer: 'Atlas Copco',
    },
    {
      tag: 'K-721B',
      nameEn: 'Instrument air compressor B',
      nameAr: 'ضاغط هواء الأجهزة B',
      type: 'compressor',
      criticality: 'B',
      manufacturer: 'Atlas Copco',
    },
    {
      tag: 'V-722',
      nameEn: 'Instrument air receiver',
      nameAr: 'خزان استقبال هواء الأجهزة',
      type: 'vessel',
      criticality: 'C',
      sim: [spec('PI', 'Pressure', 'kPa', 700, 12)],
    },
    {
      tag: 'V-731',
      nameEn: 'Fuel gas knock-out drum',
      nameAr: 'أسطوانة فصل سوائل غاز الوقود',
      type: 'vessel',
      criticality: 'B',
      sim: [spec('LI', 'Liquid level', '%', 20, 3)],
    },
  ]),
  ...unitAssets('CWS-800', '2014-03-01', [
    {
      tag: 'CT-801',
      nameEn: 'Cooling tower',
      nameAr: 'برج التبريد',
      type: 'heat_exchanger',
      criticality: 'B',
      sim: [spec('TI', 'Basin temperature', '°C', 31, 1.5)],
    },
    {
      tag: 'M-801A',
      nameEn: 'Cooling tower fan motor A',
      nameAr: 'محرك مروحة برج التبريد A',
      type: 'motor',
      criticality: 'C',
    },
    {
      tag: 'M-801B',
      nameEn: 'Cooling tower fan motor B',
      nameAr: 'محرك مروحة برج التبريد B',
      type: 'motor',
      criticality: 'C',
    },
    {
      tag: 'P-811A',
      nameEn: 'Cooling water pump A',
      nameAr: 'مضخة مياه التبريد A',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'KSB',
    },
    {
      tag: 'P-811B',
      nameEn: 'Cooling water pump B',
      nameAr: 'مضخة مياه التبريد B',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'KSB',
    },
    {
      tag: 'P-811C',
      nameEn: 'Cooling water pump C (spare)',
      nameAr: 'مضخة مياه التبريد C (احتياطية)',
      type: 'pump',
      criticality: 'C',
      manufacturer: 'KSB',
    },
    {
      tag: 'E-821',
      nameEn: 'Plate heat exchanger',
      nameAr: 'مبادل حراري لوحي',
      type: 'heat_exchanger',
      criticality: 'C',
      manufacturer: 'Alfa Laval',
    },
    {
      tag: 'AT-831',
      nameEn: 'Residual chlorine analyzer',
      nameAr: 'محلل الكلور المتبقي',
      type: 'analyzer',
      criticality: 'C',
      sim: [spec('AI', 'Residual chlorine', 'mg/L', 0.5, 0.05)],
    },
    {
      tag: 'TK-841',
      nameEn: 'Chemical dosing tank',
      nameAr: 'خزان حقن المواد الكيميائية',
      type: 'tank',
      criticality: 'C',
    },
  ]),
  ...unitAssets('TNK-300', '2012-06-20', [
    { tag: 'TK-301', nameEn: 'Product tank 1', nameAr: 'خزان المنتج 1', type: 'tank', criticality: 'B' },
    { tag: 'TK-302', nameEn: 'Product tank 2', nameAr: 'خزان المنتج 2', type: 'tank', criticality: 'B' },
    { tag: 'TK-303', nameEn: 'Product tank 3', nameAr: 'خزان المنتج 3', type: 'tank', criticality: 'B' },
    { tag: 'TK-311', nameEn: 'Slop tank', nameAr: 'خزان النفايات السائلة', type: 'tank', criticality: 'C' },
    { tag: 'P-321A', nameEn: 'Transfer pump A', nameAr: 'مضخة النقل A', type: 'pump', criticality: 'C' },
    { tag: 'P-321B', nameEn: 'Transfer pump B', nameAr: 'مضخة النقل B', type: 'pump', criticality: 'C' },
    {
      tag: 'XV-331',
      nameEn: 'Tank inlet block valve',
      nameAr: 'صمام عزل مدخل الخزانات',
      type: 'valve',
      criticality: 'B',
    },
    { tag: 'L-341', nameEn: 'Transfer header', nameAr: 'خط النقل الرئيسي', type: 'line', criticality: 'C' },
  ]),
  ...unitAssets('TRM-400', '2018-11-05', [
    { tag: 'TK-401', nameEn: 'Export tank 1', nameAr: 'خزان التصدير 1', type: 'tank', criticality: 'B' },
    { tag: 'TK-402', nameEn: 'Export tank 2', nameAr: 'خزان التصدير 2', type: 'tank', criticality: 'B' },
    {
      tag: 'P-411A',
      nameEn: 'Loading pump A',
      nameAr: 'مضخة التحميل A',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'Sulzer',
    },
    {
      tag: 'P-411B',
      nameEn: 'Loading pump B',
      nameAr: 'مضخة التحميل B',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'Sulzer',
    },
    {
      tag: 'LA-421',
      nameEn: 'Marine loading arm',
      nameAr: 'ذراع التحميل البحري',
      type: 'line',
      criticality: 'A',
      sim: [spec('FI', 'Loading flow', 'm3/h', 1800, 60)],
    },
    {
      tag: 'AT-431',
      nameEn: 'Custody transfer meter',
      nameAr: 'عداد نقل الملكية',
      type: 'analyzer',
      criticality: 'A',
      sim: [spec('AI', 'Density at 15 °C', 'kg/m3', 745, 1.2)],
    },
    {
      tag: 'V-441',
      nameEn: 'Vapour recovery drum',
      nameAr: 'أسطوانة استرجاع الأبخرة',
      type: 'vessel',
      criticality: 'B',
    },
    {
      tag: 'K-442',
      nameEn: 'Vapour recovery compressor',
      nameAr: 'ضاغط استرجاع الأبخرة',
      type: 'compressor',
      criticality: 'B',
    },
    {
      tag: 'XV-451',
      nameEn: 'Emergency shutdown valve',
      nameAr: 'صمام الإغلاق الطارئ',
      type: 'valve',
      criticality: 'A',
      sim: [spec('ZI', 'Valve position', '%', 98, 0.5)],
    },
  ]),
  ...unitAssets('WTR-500', '2019-02-10', [
    { tag: 'TK-501', nameEn: 'Raw water tank', nameAr: 'خزان المياه الخام', type: 'tank', criticality: 'C' },
    { tag: 'P-511A', nameEn: 'Raw water pump A', nameAr: 'مضخة المياه الخام A', type: 'pump', criticality: 'C' },
    { tag: 'P-511B', nameEn: 'Raw water pump B', nameAr: 'مضخة المياه الخام B', type: 'pump', criticality: 'C' },
    {
      tag: 'F-521',
      nameEn: 'Multimedia filter',
      nameAr: 'مرشح متعدد الوسائط',
      type: 'vessel',
      criticality: 'C',
      sim: [spec('PDI', 'Differential pressure', 'kPa', 45, 4)],
    },
    {
      tag: 'RO-531',
      nameEn: 'Reverse osmosis train',
      nameAr: 'وحدة التناضح العكسي',
      type: 'vessel',
      criticality: 'B',
      sim: [spec('AI', 'Permeate conductivity', 'µS/cm', 12, 1.5)],
    },
    {
      tag: 'P-532',
      nameEn: 'RO high-pressure pump',
      nameAr: 'مضخة الضغط العالي للتناضح العكسي',
      type: 'pump',
      criticality: 'B',
      manufacturer: 'Danfoss',
    },
    {
      tag: 'AT-541',
      nameEn: 'Treated water conductivity analyzer',
      nameAr: 'محلل موصلية المياه المعالجة',
      type: 'analyzer',
      criticality: 'C',
      sim: [spec('AI', 'Conductivity', 'µS/cm', 2, 0.2)],
    },
    {
      tag: 'TK-551',
      nameEn: 'Demineralised water tank',
      nameAr: 'خزان المياه منزوعة المعادن',
      type: 'tank',
      criticality: 'C',
    },
  ]),
];

/** Every asset of the demo plant, parents before children. */
export const DEMO_ASSETS: LayoutAsset[] = [...TEP_ASSETS.map((a) => ({ ...a, sim: [] })), ...OTHER_ASSETS];

export const DEMO_LINKS: DemoLink[] = [
  ...TEP_LINKS,
  { from: 'V-731', to: 'GT-701', medium: 'fuel_gas' },
  { from: 'V-731', to: 'GT-702', medium: 'fuel_gas' },
  { from: 'P-711A', to: 'HRSG-701', medium: 'feed' },
  { from: 'P-711B', to: 'HRSG-701', medium: 'feed' },
  { from: 'K-721A', to: 'V-722', medium: 'other' },
  { from: 'K-721B', to: 'V-722', medium: 'other' },
  { from: 'CT-801', to: 'P-811A', medium: 'cooling_water' },
  { from: 'CT-801', to: 'P-811B', medium: 'cooling_water' },
  { from: 'CT-801', to: 'P-811C', medium: 'cooling_water' },
  { from: 'P-811A', to: 'CWV-101', medium: 'cooling_water' },
  { from: 'P-811B', to: 'CWV-102', medium: 'cooling_water' },
  { from: 'P-811C', to: 'E-821', medium: 'cooling_water' },
  { from: 'FL-111', to: 'XV-331', medium: 'product' },
  { from: 'XV-331', to: 'TK-301', medium: 'product' },
  { from: 'XV-331', to: 'TK-302', medium: 'product' },
  { from: 'XV-331', to: 'TK-303', medium: 'product' },
  { from: 'TK-301', to: 'P-321A', medium: 'product' },
  { from: 'TK-302', to: 'P-321B', medium: 'product' },
  { from: 'P-321A', to: 'L-341', medium: 'product' },
  { from: 'P-321B', to: 'L-341', medium: 'product' },
  { from: 'TK-401', to: 'P-411A', medium: 'product' },
  { from: 'TK-402', to: 'P-411B', medium: 'product' },
  { from: 'P-411A', to: 'XV-451', medium: 'product' },
  { from: 'P-411B', to: 'XV-451', medium: 'product' },
  { from: 'XV-451', to: 'LA-421', medium: 'product' },
  { from: 'V-441', to: 'K-442', medium: 'other' },
  { from: 'TK-501', to: 'P-511A', medium: 'feed' },
  { from: 'TK-501', to: 'P-511B', medium: 'feed' },
  { from: 'P-511A', to: 'F-521', medium: 'feed' },
  { from: 'P-511B', to: 'F-521', medium: 'feed' },
  { from: 'F-521', to: 'P-532', medium: 'feed' },
  { from: 'P-532', to: 'RO-531', medium: 'feed' },
  { from: 'RO-531', to: 'TK-551', medium: 'product' },
];
