/**
 * The Tennessee Eastman plant as the demo's unit TEP-100: its equipment as assets, the process
 * flow as links, and its 52 recorded variables (data/tep/variables.csv) as signals with limits
 * learned from the normal training run d00 (lib/demo/learned-limits.ts).
 */
import { loadTepRun, loadTepVariables } from '../datasets/tep';
import { learnLimits } from './learned-limits';
import type { DemoAsset, DemoLink, DemoSignal } from './demo-plant-types';

export const TEP_UNIT = 'TEP-100';

const a = (
  tag: string,
  nameEn: string,
  nameAr: string,
  type: DemoAsset['type'],
  criticality: DemoAsset['criticality'],
) => ({ unit: TEP_UNIT, tag, nameEn, nameAr, type, criticality, installDate: '2014-03-01' }) satisfies DemoAsset;

export const TEP_ASSETS: DemoAsset[] = [
  a('FL-101', 'A feed line (stream 1)', 'خط تغذية A (التيار 1)', 'line', 'B'),
  a('FL-102', 'D feed line (stream 2)', 'خط تغذية D (التيار 2)', 'line', 'B'),
  a('FL-103', 'E feed line (stream 3)', 'خط تغذية E (التيار 3)', 'line', 'B'),
  a('FL-104', 'A and C feed line (stream 4)', 'خط تغذية A و C (التيار 4)', 'line', 'B'),
  { ...a('R-101', 'Reactor', 'المفاعل', 'reactor', 'A'), manufacturer: 'Tennessee Eastman' },
  a('E-101', 'Product condenser', 'مكثف المنتج', 'heat_exchanger', 'A'),
  a('V-101', 'Vapour–liquid separator', 'فاصل البخار والسائل', 'vessel', 'A'),
  a('K-101', 'Recycle compressor', 'ضاغط إعادة التدوير', 'compressor', 'A'),
  a('C-101', 'Product stripper', 'عمود تجريد المنتج', 'column', 'A'),
  a('PV-101', 'Purge valve (stream 9)', 'صمام التصريف (التيار 9)', 'valve', 'B'),
  a('CWV-101', 'Reactor cooling-water valve', 'صمام مياه تبريد المفاعل', 'valve', 'A'),
  a('CWV-102', 'Condenser cooling-water valve', 'صمام مياه تبريد المكثف', 'valve', 'B'),
  a('AT-101', 'Reactor feed analyzer (stream 6)', 'محلل تغذية المفاعل (التيار 6)', 'analyzer', 'C'),
  a('AT-102', 'Purge gas analyzer (stream 9)', 'محلل غاز التصريف (التيار 9)', 'analyzer', 'C'),
  a('AT-103', 'Product analyzer (stream 11)', 'محلل المنتج (التيار 11)', 'analyzer', 'C'),
  a('FL-111', 'Product line (stream 11)', 'خط المنتج (التيار 11)', 'line', 'B'),
];

/** Process flow (Downs & Vogel 1993, figure 1). */
export const TEP_LINKS: DemoLink[] = [
  { from: 'FL-101', to: 'R-101', medium: 'feed' },
  { from: 'FL-102', to: 'R-101', medium: 'feed' },
  { from: 'FL-103', to: 'R-101', medium: 'feed' },
  { from: 'FL-104', to: 'C-101', medium: 'feed' },
  { from: 'R-101', to: 'E-101', medium: 'product' },
  { from: 'E-101', to: 'V-101', medium: 'product' },
  { from: 'V-101', to: 'K-101', medium: 'recycle' },
  { from: 'K-101', to: 'R-101', medium: 'recycle' },
  { from: 'V-101', to: 'PV-101', medium: 'purge' },
  { from: 'V-101', to: 'C-101', medium: 'product' },
  { from: 'C-101', to: 'R-101', medium: 'recycle' },
  { from: 'C-101', to: 'FL-111', medium: 'product' },
  { from: 'CWV-101', to: 'R-101', medium: 'cooling_water' },
  { from: 'CWV-102', to: 'E-101', medium: 'cooling_water' },
];

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}(${from + i})`);

/** Which asset carries each of the 52 TEP variables. */
const TEP_SIGNAL_ASSET: Record<string, string[]> = {
  'FL-101': ['XMEAS(1)', 'XMV(3)'],
  'FL-102': ['XMEAS(2)', 'XMV(1)'],
  'FL-103': ['XMEAS(3)', 'XMV(2)'],
  'FL-104': ['XMEAS(4)', 'XMV(4)'],
  'R-101': ['XMEAS(6)', 'XMEAS(7)', 'XMEAS(8)', 'XMEAS(9)', 'XMEAS(21)'],
  'CWV-101': ['XMV(10)'],
  'E-101': ['XMEAS(22)'],
  'CWV-102': ['XMV(11)'],
  'V-101': ['XMEAS(11)', 'XMEAS(12)', 'XMEAS(13)', 'XMEAS(14)', 'XMV(7)'],
  'K-101': ['XMEAS(5)', 'XMEAS(20)', 'XMV(5)'],
  'PV-101': ['XMEAS(10)', 'XMV(6)'],
  'C-101': [...range('XMEAS', 15, 19), 'XMV(8)', 'XMV(9)'],
  'AT-101': range('XMEAS', 23, 28),
  'AT-102': range('XMEAS', 29, 36),
  'AT-103': range('XMEAS', 37, 41),
};

const assetOfVariable = new Map(
  Object.entries(TEP_SIGNAL_ASSET).flatMap(([asset, tags]) => tags.map((tag) => [tag, asset] as const)),
);

/** variables.csv writes `degC`; the plant shows °C. Other units are kept as written. */
const displayUnit = (unit: string) => (unit === 'degC' ? '°C' : unit);

/** The 52 TEP signals in file column order (the replay writes row values in this order). */
export function tepSignals(): DemoSignal[] {
  const normal = loadTepRun('d00');
  return loadTepVariables().map((variable) => {
    const asset = assetOfVariable.get(variable.tag);
    if (!asset) throw new Error(`TEP variable ${variable.tag} has no asset`);
    return {
      asset,
      tag: variable.tag,
      description: variable.description,
      unit: displayUnit(variable.unit),
      kind: variable.kind === 'manipulated' ? 'manipulated_variable' : 'measurement',
      limits: learnLimits(normal.map((row) => row[variable.index] as number)),
    };
  });
}
