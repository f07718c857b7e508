import { useState } from 'react';
import type { ApiFailure } from '../../apollo/api-errors';
import { useCheckedSave } from '../../apollo/useCheckedSave';
import type { InputSchema } from '../../apollo/useValidatedSave';

/** The unit as a conflict hands it back: what someone else saved meanwhile. */
export interface TheirOrgUnit {
  name: string;
  version: number;
}

/**
 * A change to one unit at the version its dialog opened with: the save with the shared
 * schema, and on a conflict what the other administrator saved, with the choice to save
 * one's own change on top of it.
 */
export function useOrgUnitChange<Input>(
  initialVersion: number,
  schema: InputSchema,
  save: (input: Input) => Promise<unknown>,
  onSaved: () => void,
) {
  const [version, setVersion] = useState(initialVersion);
  const checked = useCheckedSave(schema, save, onSaved);
  const theirs = checked.failure?.code === 'CONFLICT' ? (checked.failure.current as TheirOrgUnit | null) : null;
  const keepMine = () => {
    if (theirs) setVersion(theirs.version);
    checked.setFailure(null as ApiFailure | null);
  };
  return { ...checked, version, theirs, keepMine };
}
