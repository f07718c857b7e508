import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import { withDepths } from '../org-unit-row';
import type { OrgUnitRow } from '../org-unit-row';
import { OrgUnitActionsMenu } from './OrgUnitActionsMenu';
import type { OrgUnitAction } from './OrgUnitActionsMenu';
import { OrgUnitDialogs } from './OrgUnitDialogs';

export const OrgUnitTree_orgUnit = graphql(`
  fragment OrgUnitTree_orgUnit on OrgUnit {
    id
    code
    name
    kind
    validFrom
    validTo
    isClosed
    mayAdminister
    version
    parent {
      id
    }
  }
`);

export interface OrgUnitTreeProps {
  /** Every unit, parents before children. */
  orgUnits: readonly FragmentType<typeof OrgUnitTree_orgUnit>[];
  /** True when the viewer may give roles (the Users page). */
  mayGiveRoles: boolean;
  onCreated: (unit: { id: string; name: string }) => void;
}

/** The organisation as an indented list, each unit with its code, kind, days and actions. */
export function OrgUnitTree({ orgUnits, mayGiveRoles, onCreated }: OrgUnitTreeProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: OrgUnitTree_orgUnit,
    fragmentName: 'OrgUnitTree_orgUnit',
    from: [...orgUnits],
  });
  const rows: OrgUnitRow[] = complete ? withDepths(data) : [];
  const [menu, setMenu] = useState<{ anchor: HTMLElement; unit: OrgUnitRow } | null>(null);
  const [action, setAction] = useState<{ kind: OrgUnitAction; unit: OrgUnitRow } | null>(null);

  const days = (unit: OrgUnitRow) => {
    if (unit.validTo && unit.validFrom)
      return t('organisation.validFromTo', { from: unit.validFrom, to: unit.validTo });
    if (unit.validTo) return t('organisation.until', { date: unit.validTo });
    return unit.validFrom ? t('organisation.since', { date: unit.validFrom }) : null;
  };

  return (
    <>
      <List aria-label={t('organisation.treeLabel')} disablePadding>
        {rows.map((unit) => (
          <ListItem
            key={unit.id}
            divider
            secondaryAction={
              unit.mayAdminister && (
                <IconButton
                  edge="end"
                  aria-label={t('organisation.actionsFor', { name: unit.name })}
                  aria-haspopup="menu"
                  onClick={(event) => setMenu({ anchor: event.currentTarget, unit })}
                >
                  <MoreVertIcon />
                </IconButton>
              )
            }
            sx={{ pl: { xs: 1 + unit.depth * 1.5, sm: 2 + unit.depth * 3 } }}
          >
            <Box sx={{ minWidth: 0, pr: 4 }}>
              <Typography
                component="span"
                sx={{ fontWeight: unit.depth < 2 ? 600 : 400, color: unit.isClosed ? 'text.secondary' : undefined }}
              >
                {unit.name}
              </Typography>
              {unit.isClosed && <Chip size="small" label={t('organisation.closed')} sx={{ ml: 1 }} />}
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {[unit.code, t(`orgUnitKind.${unit.kind}`), days(unit)].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          </ListItem>
        ))}
      </List>
      {menu && (
        <OrgUnitActionsMenu
          anchor={menu.anchor}
          unit={menu.unit}
          mayGiveRoles={mayGiveRoles}
          onChoose={(kind) => {
            setAction({ kind, unit: menu.unit });
            setMenu(null);
          }}
          onClose={() => setMenu(null)}
        />
      )}
      {action && (
        <OrgUnitDialogs
          action={action.kind}
          unit={action.unit}
          units={rows}
          onClose={() => setAction(null)}
          onCreated={onCreated}
        />
      )}
    </>
  );
}
