/** Shapes of the demo plant's definition (lib/demo/demo-plant-*.ts), before it is seeded. */
import type { AssetTypeName, LINK_MEDIA } from '../plant/asset-schemas';
import type { SIGNAL_KINDS, SignalLimits } from '../plant/signal-schemas';

export interface DemoSite {
  code: string;
  nameAr: string;
  nameEn: string;
}

export interface DemoUnit extends DemoSite {
  site: string;
}

export interface DemoAsset {
  /** unit code */
  unit: string;
  tag: string;
  nameAr: string;
  nameEn: string;
  type: AssetTypeName;
  criticality: 'A' | 'B' | 'C';
  /** parent asset tag */
  parent?: string;
  manufacturer?: string;
  model?: string;
  /** YYYY-MM-DD */
  installDate?: string;
  metadata?: Record<string, string | number>;
}

export interface DemoLink {
  from: string;
  to: string;
  medium: (typeof LINK_MEDIA)[number];
}

export interface DemoSignal {
  /** asset tag */
  asset: string;
  tag: string;
  description: string;
  unit: string;
  kind: (typeof SIGNAL_KINDS)[number];
  limits: SignalLimits;
}
