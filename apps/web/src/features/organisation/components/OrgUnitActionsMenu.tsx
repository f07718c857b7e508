import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ROUTES } from '../../../app/routes';
import type { OrgUnitRow } from '../org-unit-row';

export type OrgUnitAction = 'create' | 'rename' | 'move' | 'close';

export interface OrgUnitActionsMenuProps {
  anchor: HTMLElement;
  unit: OrgUnitRow;
  mayGiveRoles: boolean;
  onChoose: (action: OrgUnitAction) => void;
  onClose: () => void;
}

/** What an administrator can do to a unit: a closed unit can only have its last day changed. */
export function OrgUnitActionsMenu({ anchor, unit, mayGiveRoles, onChoose, onClose }: OrgUnitActionsMenuProps) {
  const { t } = useTranslation();
  const open = !unit.validTo;
  return (
    // Kept inside the page's main landmark rather than portalled to the end of the body.
    <Menu anchorEl={anchor} open onClose={onClose} disablePortal>
      {open && <MenuItem onClick={() => onChoose('create')}>{t('organisation.newChild')}</MenuItem>}
      {open && <MenuItem onClick={() => onChoose('rename')}>{t('organisation.rename')}</MenuItem>}
      {open && unit.parentId !== null && <MenuItem onClick={() => onChoose('move')}>{t('organisation.move')}</MenuItem>}
      {unit.parentId !== null && <MenuItem onClick={() => onChoose('close')}>{t('organisation.close')}</MenuItem>}
      {mayGiveRoles && (
        <MenuItem component={RouterLink} to={`${ROUTES.users}?enhet=${unit.id}`}>
          {t('organisation.giveRoles')}
        </MenuItem>
      )}
    </Menu>
  );
}
