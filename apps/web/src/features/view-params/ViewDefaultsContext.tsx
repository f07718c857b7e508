import { createContext } from 'react';
import type { ViewDefaults } from './view-params';

/** The view shown when the URL names none: the first committee in its latest report month. */
export const ViewDefaultsContext = createContext<ViewDefaults | null>(null);
