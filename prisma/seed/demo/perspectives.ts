import type { PerspectiveSeed } from './dataset-types';

/** The five perspectives of Intraservice's balanced goals (001 §2.1 "kund, medarbetare, process, ekonomi och hållbarhet"). */
export const perspectives: PerspectiveSeed[] = [
  { key: 'kund-och-agare', name: 'Kund och ägare', sortOrder: 1 },
  { key: 'medarbetare', name: 'Medarbetare', sortOrder: 2 },
  { key: 'process', name: 'Process', sortOrder: 3 },
  { key: 'ekonomi', name: 'Ekonomi', sortOrder: 4 },
  { key: 'hallbarhet', name: 'Hållbarhet', sortOrder: 5 },
];
