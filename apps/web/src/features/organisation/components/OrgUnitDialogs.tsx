import type { OrgUnitRow } from '../org-unit-row';
import type { OrgUnitAction } from './OrgUnitActionsMenu';
import { CloseOrgUnitDialog } from './CloseOrgUnitDialog';
import { CreateOrgUnitDialog } from './CreateOrgUnitDialog';
import { MoveOrgUnitDialog } from './MoveOrgUnitDialog';
import { RenameOrgUnitDialog } from './RenameOrgUnitDialog';

export interface OrgUnitDialogsProps {
  action: OrgUnitAction;
  unit: OrgUnitRow;
  units: readonly OrgUnitRow[];
  onClose: () => void;
  onCreated: (unit: { id: string; name: string }) => void;
}

/** The dialog of the action chosen for a unit. */
export function OrgUnitDialogs({ action, unit, units, onClose, onCreated }: OrgUnitDialogsProps) {
  switch (action) {
    case 'create':
      return <CreateOrgUnitDialog parent={unit} onClose={onClose} onCreated={onCreated} />;
    case 'rename':
      return <RenameOrgUnitDialog unit={unit} onClose={onClose} onSaved={onClose} />;
    case 'move':
      return <MoveOrgUnitDialog unit={unit} units={units} onClose={onClose} onSaved={onClose} />;
    case 'close':
      return <CloseOrgUnitDialog unit={unit} onClose={onClose} onSaved={onClose} />;
  }
}
