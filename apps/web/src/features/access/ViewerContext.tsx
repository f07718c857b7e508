import { createContext, useContext } from 'react';

export interface CurrentViewer {
  id: string;
  name: string;
  isAdministrator: boolean;
  /** True when the user is an analyst of some unit: the data entry page is for them. */
  isAnalyst?: boolean;
  /** True when the user plans some unit (a planner or an administrator): Målvärden och budget is for them. */
  isPlanner?: boolean;
}

export const ViewerContext = createContext<CurrentViewer | null>(null);

/** The signed-in user; only inside the signed-in part of the app. */
export function useViewer(): CurrentViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only for pages behind sign-in');
  return viewer;
}
